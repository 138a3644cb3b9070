import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  validateTransitionInput,
  type ApprovalStep,
  type AvailableAction,
} from '../../../../domain/plans/approval.js';
import { toBangkokIsoDate } from '../../../../domain/thai/bangkok-time.js';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { BeDatePicker } from '../../../components/BeDatePicker.js';
import { setFieldErrors } from '../../../components/zodRule.js';
import { useInvalidatePlans, useTransitionVersion } from '../mutations.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';

export interface ActionModalProps {
  tree: VersionTree;
  action: AvailableAction;
  onClose: () => void;
}

interface ActionValues {
  meetingNo?: string;
  meetingDate?: Dayjs | null;
  reason?: string;
}

/** One approval step: asks for the meeting (ครั้งที่ n/ปปปป and date) or the return reason the step needs. */
export function ActionModal({ tree, action, onClose }: ActionModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const invalidate = useInvalidatePlans();
  const transition = useTransitionVersion();
  const [form] = Form.useForm<ActionValues>();
  const label = lang === 'en' ? action.labelEn : action.labelTh;
  const isReturn = action.toStatus === 'draft';
  // The server refuses a submission with open problems; say so before the user fills the form.
  const notReady = tree.version.status === 'draft' && !isReturn && tree.readiness.problems.length > 0;
  // The rule of the step reads only what it requires, so the offered action stands in for the stored step.
  const step: ApprovalStep = {
    ...action,
    scope: tree.plan.scope,
    fromStatus: tree.version.status,
    roles: [],
    needsCapture: false,
    sortOrder: 0,
  };

  // Errors set by hand (the step's own check) go away as soon as the field is edited.
  const clearErrors = (names: string[]) =>
    form.setFields(names.map((name) => ({ name: name as keyof ActionValues, errors: [] })));

  const handleFinish = (values: ActionValues) => {
    const input = {
      meetingNo: values.meetingNo?.trim() || null,
      meetingDate: values.meetingDate ? values.meetingDate.format('YYYY-MM-DD') : null,
      reason: values.reason?.trim() || null,
    };
    // The server also checks the order against the previous meeting; the form knows only today.
    const problems = validateTransitionInput(step, input, { today: toBangkokIsoDate(new Date()) });
    if (problems.length > 0) {
      setFieldErrors(
        form,
        problems.map((problem) => ({ name: [problem.path], errors: [problem.message[lang]] })),
      );
      return;
    }
    transition.mutate(
      {
        versionId: tree.version.id,
        version: tree.version.version,
        body: { action: action.action, ...input },
      },
      {
        onSuccess: () => {
          void message.success(t('plans.approval.done', { action: label }));
          onClose();
        },
        onError: (error) => handleApiError(error, { form, onReload: () => void invalidate() }),
      },
    );
  };

  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={isReturn}
          loading={transition.isPending}
          onClick={() => form.submit()}
          data-testid="plan-action-confirm"
        >
          {t('plans.approval.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        {isReturn ? t('plans.approval.returnHint') : t('plans.approval.hint')}
      </Typography.Paragraph>
      {notReady && (
        <Alert
          type="warning"
          showIcon
          title={t('plans.approval.notReady', { count: tree.readiness.problems.length })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<ActionValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        onValuesChange={(changed) => clearErrors(Object.keys(changed))}
      >
        {(action.requiresMeeting || action.requiresDate) && (
          <div className="action-meeting">
            <Form.Item
              name="meetingNo"
              label={t('plans.approval.meetingNo')}
              required={action.requiresMeeting}
              extra={t('plans.approval.meetingNoHint')}
            >
              <Input placeholder="2/2568" maxLength={20} data-testid="plan-action-meeting-no" />
            </Form.Item>
            <Form.Item
              name="meetingDate"
              label={t('plans.approval.meetingDate')}
              required={action.requiresDate}
            >
              <BeDatePicker style={{ width: '100%' }} data-testid="plan-action-meeting-date" />
            </Form.Item>
          </div>
        )}
        <Form.Item
          name="reason"
          label={isReturn ? t('plans.approval.returnReason') : t('plans.approval.resolution')}
          required={action.requiresReason}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="plan-action-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
