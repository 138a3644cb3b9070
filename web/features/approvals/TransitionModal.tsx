import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  validateTransitionInput,
  type AvailableAction,
  type TransitionInput,
} from '../../../domain/approvals/chain.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { setFieldErrors } from '../../components/zodRule.js';

/** How the document's own feature sends the move (its mutation); callbacks as TanStack Query's. */
export type SendTransition = (
  body: TransitionInput & { action: string },
  callbacks: { onSuccess: () => void; onError: (error: unknown) => void },
) => void;

export interface TransitionModalProps {
  action: AvailableAction;
  /** A warning shown above the form (e.g. the document is not ready to submit). */
  warning?: string | null;
  send: SendTransition;
  pending: boolean;
  /** Refreshes the document after a 412 (someone else moved it). */
  onReload: () => void;
  onClose: () => void;
}

interface ActionValues {
  meetingNo?: string;
  meetingDate?: Dayjs | null;
  reason?: string;
}

/**
 * One step of any document's approval chain: asks for the meeting (ครั้งที่ n/ปปปป and date) or the
 * return reason the step needs, checked by the same rule the server applies.
 */
export function TransitionModal({ action, warning, send, pending, onReload, onClose }: TransitionModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<ActionValues>();
  const label = lang === 'en' ? action.labelEn : action.labelTh;
  const isReturn = action.toStatus === 'draft';

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
    const problems = validateTransitionInput(action, input, { today: toBangkokIsoDate(new Date()) });
    if (problems.length > 0) {
      setFieldErrors(
        form,
        problems.map((problem) => ({ name: [problem.path], errors: [problem.message[lang]] })),
      );
      return;
    }
    send(
      { action: action.action, ...input },
      {
        onSuccess: () => {
          void message.success(t('plans.approval.done', { action: label }));
          onClose();
        },
        onError: (error) => handleApiError(error, { form, onReload }),
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
          loading={pending}
          onClick={() => form.submit()}
          data-testid="approval-action-confirm"
        >
          {t('plans.approval.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        {isReturn ? t('plans.approval.returnHint') : t('plans.approval.hint')}
      </Typography.Paragraph>
      {warning && <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} />}
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
              <Input placeholder="2/2568" maxLength={20} data-testid="approval-action-meeting-no" />
            </Form.Item>
            <Form.Item
              name="meetingDate"
              label={t('plans.approval.meetingDate')}
              required={action.requiresDate}
            >
              <BeDatePicker style={{ width: '100%' }} data-testid="approval-action-meeting-date" />
            </Form.Item>
          </div>
        )}
        <Form.Item
          name="reason"
          label={isReturn ? t('plans.approval.returnReason') : t('plans.approval.resolution')}
          required={action.requiresReason}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="approval-action-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
