import { Alert, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  SUMMARY_GROUPINGS,
  type StageSummaryRow,
  type SummaryGrouping,
} from '../../../domain/budget/stage-responses.js';
import { BUDGET_STAGE_LABELS, BUDGET_STAGES } from '../../../domain/budget/stages.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useStageSummary } from './api.js';

const baht = (satang: string) => formatBaht(BigInt(satang));

/** Amounts and cuts per stage for the chosen fiscal year and area, grouped one way, with the total. */
export function StageSummaryTab() {
  const t = useT();
  const { lang } = useLang();
  const { fiscalYear, areaCode } = useGlobalFilters();
  const [by, setBy] = useState<SummaryGrouping>('budget_type');
  const provinceCode = areaCode ? areaCode.slice(0, 2) : undefined;
  const { data, isPending, isError } = useStageSummary({ fiscalYear, by, provinceCode });
  const stageColumns = BUDGET_STAGES.map((stage) => ({
    title: BUDGET_STAGE_LABELS[stage][lang],
    key: stage,
    align: 'right' as const,
    render: (_: unknown, row: StageSummaryRow) => (
      <>
        <div className="amount">{baht(row.amountSatang[stage])}</div>
        {row.cutSatang[stage] !== '0' ? (
          <Typography.Text type="danger" className="amount-cut">
            −{baht(row.cutSatang[stage])}
          </Typography.Text>
        ) : null}
      </>
    ),
  }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <label htmlFor="budget-summary-by">{t('budget.summary.by')}</label>
        <Select<SummaryGrouping>
          id="budget-summary-by"
          value={by}
          onChange={setBy}
          style={{ minWidth: 200 }}
          options={SUMMARY_GROUPINGS.map((value) => ({ value, label: t(`budget.summary.by.${value}`) }))}
        />
      </Space>
      {isError ? <Alert type="error" showIcon title={t('budget.summary.loadError')} /> : null}
      <Table<StageSummaryRow>
        rowKey="key"
        size="small"
        bordered
        loading={isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.rows ?? []}
        caption={`${t('budget.summary.title')} · ${t('budget.stages.amount')}`}
        columns={[
          { title: t('budget.summary.group'), key: 'label', render: (_, row) => row.label[lang] },
          {
            title: t('budget.summary.projects'),
            key: 'projects',
            align: 'right',
            render: (_, row) => row.projects.request.toLocaleString('en-US'),
          },
          ...stageColumns,
        ]}
        summary={() =>
          data ? (
            <Table.Summary.Row className="summary-total">
              <Table.Summary.Cell index={0}>{t('budget.summary.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {data.total.projects.request.toLocaleString('en-US')}
              </Table.Summary.Cell>
              {BUDGET_STAGES.map((stage, index) => (
                <Table.Summary.Cell key={stage} index={index + 2} align="right">
                  {baht(data.total.amountSatang[stage])}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </Space>
  );
}
