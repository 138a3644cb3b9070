import { DeleteOutlined } from '@ant-design/icons';
import { Button, InputNumber, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { fiscalYearText } from '../../../../domain/thai/index.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { groupedNumber, plainNumber } from '../../../components/numberInput.js';
import { AreaTreeSelect } from '../../../components/AreaTreeSelect.js';
import { AreaName } from '../AreaName.js';
import { cellKey, type TargetRow } from './targetGrid.js';

export interface KpiTargetGridProps {
  years: number[];
  value: TargetRow[];
  onChange: (rows: TargetRow[]) => void;
  /** Label of the row without an area: the whole province or cluster. */
  planAreaLabel: string;
  /** Codes that may not get a row (the province itself in a province plan). */
  excludedAreas: readonly string[];
  invalid: ReadonlySet<string>;
  unit: string;
  disabled: boolean;
}

/** Yearly targets (BE fiscal years as columns) for the plan area and, optionally, areas below it. */
export function KpiTargetGrid({
  years,
  value,
  onChange,
  planAreaLabel,
  excludedAreas,
  invalid,
  unit,
  disabled,
}: KpiTargetGridProps) {
  const t = useT();
  const { lang } = useLang();

  const setCell = (areaCode: string | null, year: number, text: string) =>
    onChange(
      value.map((row) =>
        row.areaCode === areaCode ? { ...row, values: { ...row.values, [year]: text } } : row,
      ),
    );
  const removeRow = (areaCode: string | null) => onChange(value.filter((row) => row.areaCode !== areaCode));
  const addRow = (code: string | null) => {
    if (code && !excludedAreas.includes(code) && !value.some((row) => row.areaCode === code)) {
      onChange([...value, { areaCode: code, values: {} }]);
    }
  };

  const columns: TableColumnsType<TargetRow> = [
    {
      title: t('plans.targets.area'),
      key: 'area',
      fixed: 'left',
      width: 130,
      render: (_value, row) =>
        row.areaCode === null ? (
          <Typography.Text strong>{planAreaLabel}</Typography.Text>
        ) : (
          <span className="target-area-cell">
            <AreaName code={row.areaCode} />
            {!disabled && (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => removeRow(row.areaCode)}
                aria-label={t('plans.targets.removeArea')}
              />
            )}
          </span>
        ),
    },
    ...years.map((year) => ({
      title: String(year),
      key: String(year),
      width: 86,
      render: (_value: unknown, row: TargetRow) => (
        <InputNumber<string>
          stringMode
          value={row.values[year] || null}
          onChange={(next) => setCell(row.areaCode, year, next ?? '')}
          formatter={groupedNumber}
          parser={plainNumber}
          status={invalid.has(cellKey(year, row.areaCode)) ? 'error' : undefined}
          inputMode="decimal"
          disabled={disabled}
          style={{ width: '100%' }}
          aria-label={t('plans.targets.cellLabel', { year: fiscalYearText(year, lang) })}
          data-testid={`plan-target-${year}-${row.areaCode ?? 'plan'}`}
        />
      ),
    })),
  ];

  return (
    <div data-testid="plan-kpi-targets">
      <Table<TargetRow>
        rowKey={(row) => row.areaCode ?? 'plan'}
        size="small"
        columns={columns}
        dataSource={value}
        pagination={false}
        scroll={{ x: 'max-content' }}
        bordered
        title={() => (
          <Typography.Text type="secondary">
            {t('plans.targets.yearsHint')} · {t('plans.targets.unitHint', { unit })}
          </Typography.Text>
        )}
      />
      {!disabled && (
        <AreaTreeSelect
          value={null}
          onChange={addRow}
          placeholder={t('plans.targets.addArea')}
          ariaLabel={t('plans.targets.addArea')}
          style={{ marginTop: 8, width: 280 }}
          testId="plan-target-add-area"
        />
      )}
    </div>
  );
}
