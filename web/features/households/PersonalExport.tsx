import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { HouseholdFilter } from '../../../domain/households/household-input.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { usePersonalExport } from './api.js';
import { MIN_REASON, ReasonField } from './ReasonField.js';

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The export with names and id numbers in clear, for the holders of the right only: it asks why, says
 * that the export and the reason are audited, and downloads the screen's filtered cases.
 */
export function PersonalExport({ filter }: { filter: HouseholdFilter }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const exporter = usePersonalExport();
  const close = () => {
    setOpen(false);
    setReason('');
  };
  const submit = () =>
    exporter.mutate(
      { ...filter, reason },
      {
        onSuccess: (blob) => {
          saveFile(blob, `household-members-${filter.provinceCode ?? ''}.xlsx`);
          void message.success(t('households.personalExport.done'));
          close();
        },
        onError: (error) =>
          void message.error(apiErrorText(error, lang, t('households.personalExport.failed'))),
      },
    );
  return (
    <>
      <Button icon={<LockOutlined />} onClick={() => setOpen(true)} data-testid="personal-export">
        {t('households.personalExport.open')}
      </Button>
      <Modal
        open={open}
        title={t('households.personalExport.title')}
        onCancel={close}
        destroyOnHidden
        footer={
          <>
            <Button onClick={close}>{t('households.cancel')}</Button>
            <Button
              type="primary"
              loading={exporter.isPending}
              disabled={reason.trim().length < MIN_REASON}
              onClick={submit}
              data-testid="personal-export-submit"
            >
              {t('households.personalExport.confirm')}
            </Button>
          </>
        }
      >
        <Alert type="warning" showIcon message={t('households.personalExport.notice')} />
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('households.personalExport.scope')}
        </Typography.Paragraph>
        <ReasonField id="personal-export-reason" value={reason} onChange={setReason} />
      </Modal>
    </>
  );
}
