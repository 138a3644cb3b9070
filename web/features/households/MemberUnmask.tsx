import { App, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { formatNationalId } from '../../../domain/households/national-id.js';
import type { ClearMember } from '../../../domain/households/household-response.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { useUnmask } from './api.js';
import { MIN_REASON, ReasonField } from './ReasonField.js';

/**
 * The "show" action of one member: asks why, then shows the id number and name until closed. The
 * reason goes to the audit trail with the unmasking; nothing clear is kept after the dialog closes.
 */
export function MemberUnmask({ memberId, masked }: { memberId: string; masked: string }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [clear, setClear] = useState<ClearMember | null>(null);
  const unmask = useUnmask();
  const close = () => {
    setOpen(false);
    setReason('');
    setClear(null);
  };
  const submit = () =>
    unmask.mutate(
      { memberId, reason },
      {
        onSuccess: setClear,
        onError: (error) => void message.error(apiErrorText(error, lang, t('households.unmaskFailed'))),
      },
    );
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        data-testid={`unmask-${memberId}`}
        aria-label={t('households.unmaskOf', { name: masked })}
      >
        {t('households.unmask')}
      </Button>
      <Modal
        open={open}
        title={t('households.unmaskTitle')}
        onCancel={close}
        destroyOnHidden
        footer={
          clear ? (
            <Button onClick={close} data-testid="unmask-close">
              {t('households.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{t('households.cancel')}</Button>
              <Button
                type="primary"
                loading={unmask.isPending}
                disabled={reason.trim().length < MIN_REASON}
                onClick={submit}
                data-testid="unmask-submit"
              >
                {t('households.unmaskConfirm')}
              </Button>
            </>
          )
        }
      >
        {clear ? (
          <Descriptions column={1} size="small" data-testid="unmasked">
            <Descriptions.Item label={t('households.nationalId')}>
              {formatNationalId(clear.nationalId)}
            </Descriptions.Item>
            <Descriptions.Item
              label={t('households.name')}
            >{`${clear.firstName} ${clear.lastName}`}</Descriptions.Item>
          </Descriptions>
        ) : (
          <>
            <Typography.Paragraph>{t('households.unmaskNotice')}</Typography.Paragraph>
            <ReasonField id="unmask-reason" value={reason} onChange={setReason} />
          </>
        )}
      </Modal>
    </>
  );
}
