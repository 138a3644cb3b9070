import { Alert, Card, Progress, Space, Typography } from 'antd';
import type { ActionPlanTotalsView } from '../../../domain/action-plans/responses.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useT } from '../../app/i18n/index.js';

/** Within-ceiling plus administration money against the unit's ceiling, with the over-ceiling flag. */
export function CeilingGauge({ totals }: { totals: ActionPlanTotalsView }) {
  const t = useT();
  const used = BigInt(totals.againstCeilingSatang);
  const ceiling = totals.ceilingSatang === null ? null : BigInt(totals.ceilingSatang);
  const percent = ceiling === null || ceiling === 0n ? 0 : Number((used * 1000n) / ceiling) / 10;
  return (
    <Card size="small" title={t('actionPlans.ceiling')} data-testid="ceiling-gauge">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {ceiling === null ? (
          <Typography.Text type="secondary">{t('actionPlans.noCeiling')}</Typography.Text>
        ) : (
          <Progress
            percent={Math.min(percent, 100)}
            status={totals.overCeiling ? 'exception' : 'normal'}
            format={() => `${percent.toLocaleString()}%`}
            aria-label={t('actionPlans.ceiling')}
          />
        )}
        <Typography.Text>
          {t('actionPlans.used', {
            used: formatBaht(used),
            ceiling: ceiling === null ? '–' : formatBaht(ceiling),
          })}
        </Typography.Text>
        {totals.overCeiling && totals.remainingSatang !== null && (
          <Alert
            type="error"
            showIcon
            data-testid="over-ceiling"
            title={t('actionPlans.overCeiling', { amount: formatBaht(-BigInt(totals.remainingSatang)) })}
          />
        )}
      </Space>
    </Card>
  );
}
