import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatBaht } from '../../../../domain/thai/money.js';
import { useClusters } from '../../../app/api/reference.js';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useGlobalFilters } from '../../../app/filters/useGlobalFilters.js';
import { useT } from '../../../app/i18n/index.js';
import { JobStatus } from '../../../components/JobStatus.js';
import { ProvinceSelect } from '../../../components/ProvinceSelect.js';
import { isFinished, useJob } from '../../imports/api.js';
import { packResultOf, useStartExplanationPack } from './api.js';

type Scope = 'province' | 'cluster';

/** Produces the budget explanation pack (PDF + Excel) as a job, shows its progress and offers both files. */
export function ExplanationPackPanel() {
  const t = useT();
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const filters = useGlobalFilters();
  const clusters = useClusters();
  const start = useStartExplanationPack();
  const [fiscalYear, setFiscalYear] = useState(filters.fiscalYear);
  const [scope, setScope] = useState<Scope>('province');
  const [provinceCode, setProvinceCode] = useState<string | undefined>(filters.areaCode?.slice(0, 2));
  const [clusterId, setClusterId] = useState<number | undefined>();
  const [amounts, setAmounts] = useState<'latest' | 'request'>('latest');
  const [thaiDigits, setThaiDigits] = useState(true);
  const [thaiDigitsInTables, setThaiDigitsInTables] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const running = jobId !== null && !isFinished(job.data);
  const result = packResultOf(job.data);
  const area = scope === 'province' ? { provinceCode } : { clusterId };
  const ready = scope === 'province' ? provinceCode !== undefined : clusterId !== undefined;

  const handleStart = () => {
    setJobId(null);
    start.mutate(
      { fiscalYear, ...area, amounts, thaiDigits, thaiDigitsInTables },
      {
        onSuccess: ({ job: created }) => {
          queryClient.setQueryData(['jobs', created.id], created);
          setJobId(created.id);
        },
        onError: (error) => handleApiError(error),
      },
    );
  };

  return (
    <Card title={t('pack.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('pack.explain')}</Typography.Paragraph>
        <Form layout="vertical" style={{ maxWidth: 560 }}>
          <Form.Item label={t('pack.fiscalYear')} htmlFor="pack-fiscal-year">
            <InputNumber
              id="pack-fiscal-year"
              min={2500}
              max={2700}
              value={fiscalYear}
              onChange={(value) => setFiscalYear(value ?? filters.fiscalYear)}
              data-testid="pack-fiscal-year"
            />
          </Form.Item>
          <Form.Item label={t('pack.scope')}>
            <Radio.Group
              value={scope}
              onChange={(event) => setScope(event.target.value as Scope)}
              options={[
                { value: 'province', label: t('pack.scope.province') },
                { value: 'cluster', label: t('pack.scope.cluster') },
              ]}
            />
          </Form.Item>
          <Form.Item label={scope === 'province' ? t('pack.province') : t('pack.cluster')}>
            {scope === 'province' ? (
              <ProvinceSelect
                value={provinceCode}
                onChange={setProvinceCode}
                placeholder={t('pack.province')}
                testId="pack-province"
              />
            ) : (
              <Select<number>
                value={clusterId}
                onChange={setClusterId}
                aria-label={t('pack.cluster')}
                placeholder={t('pack.cluster')}
                loading={clusters.isPending}
                options={(clusters.data?.items ?? []).map((cluster) => ({
                  value: cluster.id,
                  label: cluster.nameTh,
                }))}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="pack-cluster"
              />
            )}
          </Form.Item>
          <Form.Item label={t('pack.amounts')}>
            <Radio.Group
              value={amounts}
              onChange={(event) => setAmounts(event.target.value as 'latest' | 'request')}
              options={[
                { value: 'latest', label: t('pack.amounts.latest') },
                { value: 'request', label: t('pack.amounts.request') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Space orientation="vertical" size={0}>
              <Checkbox checked={thaiDigits} onChange={(event) => setThaiDigits(event.target.checked)}>
                {t('pack.thaiDigits')}
              </Checkbox>
              <Checkbox
                checked={thaiDigitsInTables}
                onChange={(event) => setThaiDigitsInTables(event.target.checked)}
              >
                {t('pack.thaiDigitsInTables')}
              </Checkbox>
            </Space>
          </Form.Item>
        </Form>
        {!ready && <Alert type="info" showIcon title={t('pack.chooseArea')} />}
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          disabled={!ready}
          loading={start.isPending || running}
          onClick={handleStart}
          data-testid="pack-start"
        >
          {t('pack.start')}
        </Button>
        {job.data && <JobStatus job={job.data} testId="pack-job" />}
        {job.data?.status === 'succeeded' && result && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text strong data-testid="pack-total">
              {t('pack.total', {
                count: result.projectCount,
                amount: formatBaht(BigInt(result.grandTotalSatang)),
                words: result.grandTotalText,
              })}
            </Typography.Text>
            <Space wrap>
              <Button
                icon={<DownloadOutlined />}
                href={result.pdf.downloadUrl}
                data-testid="pack-download-pdf"
              >
                {t('pack.downloadPdf')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                href={result.xlsx.downloadUrl}
                data-testid="pack-download-xlsx"
              >
                {t('pack.downloadXlsx')}
              </Button>
            </Space>
          </Space>
        )}
      </Space>
    </Card>
  );
}
