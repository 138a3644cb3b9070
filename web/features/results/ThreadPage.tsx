import { Link, useParams } from '@tanstack/react-router';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { ASSET_STATUS_LABELS } from '../../../domain/assets/asset.js';
import { PROGRESS_STATUS_LABELS } from '../../../domain/results/progress.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { FullPageSpinner } from '../../components/FullPageSpinner.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useGoldenThread } from './api.js';

/**
 * The golden thread of a project, asked from the project or from one of its assets: up to the
 * needs and the plan version it answers, down to its money, results and assets.
 */
export function ThreadPage() {
  const t = useT();
  const { lang } = useLang();
  const { from, id } = useParams({ from: '/app/thread/$from/$id' });
  const thread = useGoldenThread(from === 'assets' ? 'assets' : 'projects', id);
  if (thread.isPending) {
    return <FullPageSpinner />;
  }
  if (thread.isError) {
    return <RecordLoadError error={thread.error} onRetry={() => void thread.refetch()} listPath="/results" />;
  }
  const { project, needs, plan, actionPlans, spending, results, assets } = thread.data;
  const baht = (satang: string) => formatBaht(BigInt(satang));
  return (
    <>
      <PageTitle title={t('thread.title', { code: project.code })} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="golden-thread">
        <Card title={t('thread.needs')} size="small">
          <List
            size="small"
            dataSource={needs}
            locale={{ emptyText: <Typography.Text>{t('thread.none')}</Typography.Text> }}
            renderItem={(need) => (
              <List.Item>
                <Link to="/needs/$needId" params={{ needId: need.id }}>
                  {need.referenceNo} {need.title}
                </Link>
              </List.Item>
            )}
          />
        </Card>
        <Card title={t('thread.plan')} size="small">
          {plan ? (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('thread.planVersion')}>
                {plan.planTitle} ({t('thread.versionNo', { n: plan.versionNo })})
              </Descriptions.Item>
              <Descriptions.Item label={t('thread.issue')}>{plan.issue?.title ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('thread.item')}>{plan.item?.title ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('thread.kpis')}>
                {plan.kpis.map((kpi) => kpi.name).join(', ') || '—'}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            t('thread.none')
          )}
        </Card>
        <Card title={t('thread.project')} size="small">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={project.code}>
              <Link to="/projects/$projectId" params={{ projectId: project.id }} data-testid="thread-project">
                {project.title}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('thread.actionPlans')}>
              {actionPlans.map((entry) => `${entry.budgetUnit} ${entry.fiscalYear}`).join(', ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('thread.money')}>
              <span data-testid="thread-money">
                {t('thread.moneyLine', {
                  allocated: baht(spending.allocationSatang),
                  disbursed: baht(spending.disbursedSatang),
                })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('thread.results')}>
              <span data-testid="thread-results">
                {results.latestStatus
                  ? `${PROGRESS_STATUS_LABELS[results.latestStatus][lang]} ${results.latestPhysicalPercent ?? 0}%`
                  : t('thread.none')}
              </span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('thread.assets')} size="small">
          <List
            size="small"
            dataSource={assets}
            locale={{ emptyText: <Typography.Text>{t('thread.none')}</Typography.Text> }}
            renderItem={(asset) => (
              <List.Item>
                <Link to="/assets/$assetId" params={{ assetId: asset.id }}>
                  {asset.code} {asset.description}
                </Link>{' '}
                <Tag>{ASSET_STATUS_LABELS[asset.status][lang]}</Tag>
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </>
  );
}
