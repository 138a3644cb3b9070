import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { NEED_LINK_TYPES, NEED_LINK_TYPE_LABELS, type NeedLinkType } from '../../../domain/needs/need.js';
import {
  needTransitionSchema,
  type NeedTransition,
  type NeedTransitionInput,
} from '../../../domain/needs/state-machine.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import {
  isRequiredField,
  setFieldErrors,
  zodFormErrors,
  type ShapedSchema,
} from '../../components/zodRule.js';
import { AgencySelect } from '../agencies/AgencySelect.js';
import { NeedLinkTargetPicker } from './NeedLinkTargetPicker.js';
import { TRANSITION_LABELS } from './transitionLabels.js';
import { useTransitionNeed } from './mutations.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';

export type ModalTransition = Exclude<NeedTransition, 'merge'>;

export interface NeedTransitionModalProps {
  need: NeedDetail;
  action: ModalTransition;
  onClose: () => void;
  onReload: () => void;
}

interface TransitionValues {
  reason?: string;
  linkedEntityType?: NeedLinkType;
  linkedEntityId?: string;
  linkedLabel?: string;
  forwardTo?: 'agency' | 'local';
  agencyId?: string | null;
  localGovernmentName?: string;
  reference?: string;
}

type Shape = Record<string, z.ZodType>;
const OPTIONS = needTransitionSchema.options as readonly ShapedSchema<Shape>[];

function optionFor(action: ModalTransition): ShapedSchema<Shape> | undefined {
  return OPTIONS.find((option) => option.shape.action?.safeParse(action).success);
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function toBody(action: ModalTransition, values: TransitionValues, version: number): NeedTransitionInput {
  const reason = blank(values.reason);
  switch (action) {
    case 'link':
      return {
        action,
        linkedEntityType: values.linkedEntityType as NeedLinkType,
        linkedEntityId: values.linkedEntityId?.trim() ?? '',
        linkedLabel: values.linkedLabel?.trim() ?? '',
        reason,
        version,
      };
    case 'forward':
      return {
        action,
        ...(values.forwardTo === 'local'
          ? { localGovernmentName: blank(values.localGovernmentName) }
          : { agencyId: values.agencyId ?? undefined }),
        reference: values.reference?.trim() ?? '',
        reason,
        version,
      };
    case 'reject':
    case 'reopen':
      return { action, reason: reason ?? '', version };
    case 'screen':
      return { action, reason, version };
  }
}

/** One status move; asks for exactly what the move needs (the schema says which fields are required). */
export function NeedTransitionModal({ need, action, onClose, onReload }: NeedTransitionModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const transition = useTransitionNeed();
  const [form] = Form.useForm<TransitionValues>();
  const linkType = Form.useWatch('linkedEntityType', form);
  const [forwardTo, setForwardTo] = useState<'agency' | 'local'>('agency');
  const option = optionFor(action);
  const required = (field: string) => (option ? isRequiredField(option, field) : false);

  const handleFinish = (values: TransitionValues) => {
    const body = toBody(action, { ...values, forwardTo }, need.version);
    const errors = zodFormErrors(needTransitionSchema, body, lang);
    if (errors.length > 0) {
      setFieldErrors(form, errors);
      return;
    }
    transition.mutate(
      { id: need.id, version: need.version, body },
      {
        onSuccess: () => {
          void message.success(t('needs.transition.done', { action: t(TRANSITION_LABELS[action]) }));
          onClose();
        },
        onError: (error) => handleApiError(error, { form, onReload }),
      },
    );
  };

  const linkOptions = NEED_LINK_TYPES.map((value) => ({ value, label: NEED_LINK_TYPE_LABELS[value][lang] }));

  return (
    <Modal
      open
      title={`${t(TRANSITION_LABELS[action])} · ${need.referenceNo}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(TRANSITION_LABELS[action])}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      okButtonProps={{ danger: action === 'reject' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`needs.transition.hint.${action}`)}</Typography.Paragraph>
      <Form<TransitionValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        data-testid="need-transition-form"
      >
        {action === 'link' && (
          <>
            <Form.Item
              name="linkedEntityType"
              label={t('needs.transition.linkType')}
              required={required('linkedEntityType')}
            >
              <Select options={linkOptions} />
            </Form.Item>
            <Form.Item
              name="linkedLabel"
              label={t('needs.transition.linkLabel')}
              required={required('linkedLabel')}
            >
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item
              name="linkedEntityId"
              label={t('needs.transition.linkId')}
              required={required('linkedEntityId')}
            >
              <NeedLinkTargetPicker
                provinceCode={need.provinceCode}
                linkType={linkType}
                onLabel={(label) => form.setFieldValue('linkedLabel', label)}
              />
            </Form.Item>
          </>
        )}
        {action === 'forward' && (
          <>
            <Form.Item label={t('needs.transition.forwardTo')}>
              <Radio.Group
                value={forwardTo}
                onChange={(event) => setForwardTo(event.target.value as 'agency' | 'local')}
                options={[
                  { value: 'agency', label: t('needs.transition.toAgency') },
                  { value: 'local', label: t('needs.transition.toLocalGovernment') },
                ]}
              />
            </Form.Item>
            {forwardTo === 'agency' ? (
              <Form.Item name="agencyId" label={t('needs.transition.agency')} required>
                <AgencySelect placeholder={t('agencies.searchPlaceholder')} />
              </Form.Item>
            ) : (
              <Form.Item name="localGovernmentName" label={t('needs.transition.localGovernment')} required>
                <Input maxLength={300} />
              </Form.Item>
            )}
            <Form.Item
              name="reference"
              label={t('needs.transition.reference')}
              required={required('reference')}
            >
              <Input maxLength={300} placeholder={t('needs.transition.referencePlaceholder')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={t('needs.outcome.reason')} required={required('reason')}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="need-transition-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
