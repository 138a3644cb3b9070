import { InputNumber, Table, Typography } from 'antd';
import { bahtText, formatBaht } from '../../../../domain/thai/index.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { groupedNumber, plainNumber } from '../../../components/numberInput.js';
import { fiscalYearText } from '../../../../domain/thai/index.js';
import { satangOf } from './budgetGrid.js';

export interface BudgetGridProps {
  years: number[];
  value?: Record<number, string | null>;
  onChange?: (value: Record<number, string | null>) => void;
  disabled?: boolean;
}

/** Yearly budget estimates in baht (sent as satang), with the total in figures and in words. */
export function BudgetGrid({ years, value = {}, onChange, disabled }: BudgetGridProps) {
  const t = useT();
  const { lang } = useLang();
  const total = years.reduce((sum, year) => sum + (satangOf(value[year]) ?? 0n), 0n);

  const columns = years.map((year) => ({
    title: String(year),
    key: String(year),
    width: 112,
    render: () => (
      <InputNumber<string>
        stringMode
        min="0"
        precision={2}
        controls={false}
        value={value[year] ?? null}
        onChange={(next) => onChange?.({ ...value, [year]: next })}
        formatter={groupedNumber}
        parser={plainNumber}
        disabled={disabled}
        style={{ width: '100%' }}
        aria-label={t('plans.budget.cellLabel', { year: fiscalYearText(year, lang) })}
        data-testid={`plan-budget-${year}`}
      />
    ),
  }));

  return (
    <div data-testid="plan-item-budgets">
      <Table
        rowKey="row"
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={[{ row: 'baht' }]}
        title={() => (
          <Typography.Text type="secondary">
            {t('plans.targets.yearsHint')} · {t('plans.budget.unit')}
          </Typography.Text>
        )}
      />
      <div className="budget-total" data-testid="plan-item-total">
        <Typography.Text strong>
          {t('plans.budget.total')}: {formatBaht(total)} {t('plans.budget.baht')}
        </Typography.Text>{' '}
        {total > 0n && <Typography.Text type="secondary">({bahtText(total)})</Typography.Text>}
      </div>
    </div>
  );
}
