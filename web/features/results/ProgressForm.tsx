import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import {
  PROGRESS_STATUS_LABELS,
  PROGRESS_STATUSES,
  QUARTERS,
  type ProgressStatus,
} from '../../../domain/results/progress.js';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { fiscalYearText } from '../../../domain/thai/be-year.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { usePutProgress } from './progress-api.js';

type Values = {
  fiscalYear: number;
  quarter: number;
  physicalPercent: number;
  status: ProgressStatus;
  beneficiariesReached?: number | null;
  problems?: string;
  fixes?: string;
  declineReason?: string;
};

/** A quarter's physical progress; a quarter already reported opens with its figures and replaces them. */
export function ProgressForm({ results }: { results: ProjectResults }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const put = usePutProgress(results.projectId);
  const fiscalYear = Form.useWatch('fiscalYear', form);
  const quarter = Form.useWatch('quarter', form);
  const existing = results.progress.find(
    (report) => report.fiscalYear === fiscalYear && report.quarter === quarter,
  );
  useEffect(() => {
    form.setFieldsValue({
      physicalPercent: existing?.physicalPercent,
      status: existing?.status,
      beneficiariesReached: existing?.beneficiariesReached ?? null,
      problems: existing?.problems ?? undefined,
      fixes: existing?.fixes ?? undefined,
      declineReason: existing?.declineReason ?? undefined,
    });
  }, [existing, form]);
  const submit = (values: Values) =>
    put.mutate({
      fiscalYear: values.fiscalYear,
      quarter: values.quarter,
      physicalPercent: values.physicalPercent,
      status: values.status,
      beneficiariesReached: values.beneficiariesReached ?? null,
      problems: values.problems || null,
      fixes: values.fixes || null,
      declineReason: values.declineReason || null,
      version: existing?.version,
    });
  const years = [results.fiscalYear, results.fiscalYear + 1];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ fiscalYear: results.fiscalYear, quarter: 1 }}
      data-testid="progress-form"
    >
      <Space wrap>
        <Form.Item name="fiscalYear" label={t('progress.fiscalYear')} rules={[{ required: true }]}>
          <Select
            style={{ width: 180 }}
            options={years.map((value) => ({ value, label: fiscalYearText(value, lang) }))}
          />
        </Form.Item>
        <Form.Item name="quarter" label={t('results.quarter')} rules={[{ required: true }]}>
          <Select
            style={{ width: 140 }}
            data-testid="progress-quarter"
            options={QUARTERS.map((value) => ({ value, label: t('results.quarterN', { n: value }) }))}
          />
        </Form.Item>
        <Form.Item name="physicalPercent" label={t('progress.percent')} rules={[{ required: true }]}>
          <InputNumber<number>
            min={0}
            max={100}
            precision={0}
            addonAfter="%"
            data-testid="progress-percent"
          />
        </Form.Item>
        <Form.Item name="status" label={t('progress.status')} rules={[{ required: true }]}>
          <Select<ProgressStatus>
            style={{ width: 240 }}
            data-testid="progress-status"
            options={PROGRESS_STATUSES.map((value) => ({
              value,
              label: PROGRESS_STATUS_LABELS[value][lang],
            }))}
          />
        </Form.Item>
        <Form.Item name="beneficiariesReached" label={t('progress.beneficiaries')}>
          <InputNumber<number> min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.Item name="problems" label={t('progress.problems')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="fixes" label={t('progress.fixes')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="declineReason" label={t('progress.declineReason')}>
        <Input maxLength={1000} />
      </Form.Item>
      {put.isError ? (
        <Alert type="error" showIcon title={apiErrorText(put.error, lang, t('progress.failed'))} />
      ) : null}
      {put.isSuccess ? <Alert type="success" showIcon title={t('progress.saved')} /> : null}
      <Button type="primary" htmlType="submit" loading={put.isPending} data-testid="progress-submit">
        {existing ? t('progress.replace') : t('progress.submit')}
      </Button>
    </Form>
  );
}
