import { Alert, App, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  SEAT_TYPE_LABELS,
  SEAT_TYPES,
} from '../../../domain/committees/committee.js';
import type { MemberView } from '../../../domain/committees/responses.js';
import type { MemberCreate } from '../../../domain/committees/schemas.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { useSaveMember } from './api.js';

type Values = Omit<MemberCreate, 'validFrom' | 'validTo'> & { validFrom: Dayjs; validTo?: Dayjs | null };

/**
 * Appoints a member, or corrects one (`member` given): the term rule (three years, at most two in a
 * row) answers as a warning the form keeps open, since the appointing order decides.
 */
export function MemberModal({
  committeeId,
  member,
  onClose,
}: {
  committeeId: string;
  member: MemberView | null;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveMember(committeeId);
  const handleApiError = useApiErrorHandler();
  const [warnings, setWarnings] = useState<string[]>([]);
  const submit = (values: Values) =>
    save.mutate(
      {
        id: member?.id ?? null,
        version: member?.version ?? null,
        body: {
          personName: values.personName,
          position: values.position,
          organisation: values.organisation ?? null,
          seatType: values.seatType,
          role: values.role,
          validFrom: values.validFrom.format('YYYY-MM-DD'),
          validTo: values.validTo?.format('YYYY-MM-DD') ?? null,
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('committees.memberSaved'));
          if (saved.warnings.length === 0) {
            onClose();
          }
          setWarnings(saved.warnings.map((warning) => warning.message[lang]));
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={t(member ? 'committees.editMember' : 'committees.addMember')}
      okText={t('committees.save')}
      cancelText={t('committees.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      {warnings.length > 0 ? (
        <Alert type="warning" showIcon message={warnings.join(' ')} data-testid="term-warning" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          member
            ? {
                ...member,
                validFrom: dayjs(member.validFrom),
                validTo: member.validTo ? dayjs(member.validTo) : null,
              }
            : { role: 'member', seatType: 'private' }
        }
      >
        <Form.Item name="personName" label={t('committees.member')} rules={[{ required: true }]}>
          <Input data-testid="member-name" />
        </Form.Item>
        <Form.Item name="position" label={t('committees.position')} rules={[{ required: true }]}>
          <Input data-testid="member-position" />
        </Form.Item>
        <Form.Item name="organisation" label={t('committees.organisation')}>
          <Input />
        </Form.Item>
        <Form.Item name="seatType" label={t('committees.seat')}>
          <Select options={SEAT_TYPES.map((value) => ({ value, label: SEAT_TYPE_LABELS[value][lang] }))} />
        </Form.Item>
        <Form.Item name="role" label={t('committees.role')}>
          <Select
            options={MEMBER_ROLES.map((value) => ({ value, label: MEMBER_ROLE_LABELS[value][lang] }))}
          />
        </Form.Item>
        <Form.Item name="validFrom" label={t('committees.termFrom')} rules={[{ required: true }]}>
          <BeDatePicker data-testid="member-from" />
        </Form.Item>
        <Form.Item name="validTo" label={t('committees.termTo')}>
          <BeDatePicker data-testid="member-to" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
