import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { normaliseNationalId } from '../../../domain/households/national-id.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { formatDate } from '../../components/formatDate.js';
import { Forbidden } from '../../components/Forbidden.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useSubjectAccess } from './api.js';
import { MIN_REASON, ReasonField } from './ReasonField.js';
import { SubjectAccessRecord } from './SubjectAccessRecord.js';

/**
 * The subject-access report (PDPA s.30) for the provincial head: one person found by id number,
 * everything held on them in the head's province and who saw it; the request is audited with its reason.
 */
export function SubjectAccessPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const allowed = useCan('household.subjectAccess');
  const [nationalId, setNationalId] = useState('');
  const [reason, setReason] = useState('');
  const report = useSubjectAccess();
  if (!allowed) {
    return <Forbidden />;
  }
  const digits = normaliseNationalId(nationalId);
  const submit = () =>
    report.mutate(
      { nationalId: digits ?? '', reason },
      {
        onError: (error) =>
          void message.error(apiErrorText(error, lang, t('households.subjectAccess.failed'))),
      },
    );
  return (
    <>
      <PageTitle title={t('households.subjectAccess.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Paragraph>{t('households.subjectAccess.intro')}</Typography.Paragraph>
          <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
            <label htmlFor="subject-national-id">{t('households.nationalId')}</label>
            <Input
              id="subject-national-id"
              data-testid="subject-national-id"
              value={nationalId}
              onChange={(event) => setNationalId(event.target.value)}
              maxLength={17}
              inputMode="numeric"
            />
            <ReasonField id="subject-reason" value={reason} onChange={setReason} />
            <Button
              type="primary"
              loading={report.isPending}
              disabled={digits === null || reason.trim().length < MIN_REASON}
              onClick={submit}
              data-testid="subject-access-submit"
            >
              {t('households.subjectAccess.run')}
            </Button>
          </Space>
        </Card>
        {report.data ? (
          <div data-testid="subject-access-report">
            <Typography.Title level={2}>
              {t('households.subjectAccess.reportOf', {
                at: formatDate(report.data.generatedAt, lang, { withTime: true }),
                count: report.data.records.length,
              })}
            </Typography.Title>
            {report.data.records.length === 0 ? (
              <Alert type="info" showIcon message={t('households.subjectAccess.nothing')} />
            ) : (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                {report.data.records.map((record) => (
                  <SubjectAccessRecord key={record.member.id} record={record} />
                ))}
              </Space>
            )}
          </div>
        ) : null}
      </Space>
    </>
  );
}
