import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag } from 'antd';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { ACTION_PLAN_STATUS_LABELS } from '../../../domain/action-plans/action-plan.js';
import type { ActionPlanSummary } from '../../../domain/action-plans/responses.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCan, useCurrentUser } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { fiscalYearText } from '../../../domain/thai/be-year.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ClusterFilterTag } from '../../components/ClusterFilterTag.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useActionPlans, useCreateActionPlan } from './api.js';

/**
 * The action plans of the chosen fiscal year in the user's scope, or of the cluster named in the URL
 * (a cluster office's home links there); a planner starts the province's.
 */
export function ActionPlansPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { fiscalYear, areaCode } = useGlobalFilters();
  const user = useCurrentUser();
  const clusterId = useSearch({ from: '/app/action-plans' }).cluster;
  const plans = useActionPlans(fiscalYear, clusterId);
  const create = useCreateActionPlan();
  const handleApiError = useApiErrorHandler();
  const canCreate = useCan('action_plan.edit');
  const province = (areaCode ?? user?.captureScope.find((code) => /^\d{2}/.test(code)) ?? '').slice(0, 2);

  const start = () =>
    create.mutate(
      { scope: 'province', provinceCode: province, fiscalYear },
      {
        onSuccess: (created) => {
          void message.success(t('actionPlans.created'));
          void navigate({ to: '/action-plans/$actionPlanId', params: { actionPlanId: created.id } });
        },
        onError: (error) => handleApiError(error),
      },
    );

  return (
    <>
      <PageTitle
        title={t('actionPlans.title', { year: fiscalYearText(fiscalYear, lang) })}
        extra={
          canCreate && province ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={create.isPending}
              onClick={start}
              data-testid="create-action-plan"
            >
              {t('actionPlans.create', { province })}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        {clusterId !== undefined && (
          <Flex style={{ marginBottom: 12 }}>
            <ClusterFilterTag
              clusterId={clusterId}
              onClear={() =>
                void navigate({
                  to: '.',
                  search: (previous) => ({ ...previous, cluster: undefined }),
                  replace: true,
                })
              }
            />
          </Flex>
        )}
        <Table<ActionPlanSummary>
          rowKey="id"
          size="small"
          loading={plans.isLoading}
          dataSource={plans.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('actionPlans.none') }}
          columns={[
            {
              title: t('actionPlans.unit'),
              render: (_v, row) => (
                <Link to="/action-plans/$actionPlanId" params={{ actionPlanId: row.id }}>
                  {row.budgetUnit} · {t('actionPlans.versionNo', { no: row.versionNo })}
                </Link>
              ),
            },
            { title: t('actionPlans.fiscalYear'), dataIndex: 'fiscalYear' },
            {
              title: t('actionPlans.status'),
              render: (_v, row) => <Tag>{ACTION_PLAN_STATUS_LABELS[row.status][lang]}</Tag>,
            },
            {
              title: t('actionPlans.demo'),
              render: (_v, row) => (row.isDemo ? <Tag>{t('actionPlans.demoTag')}</Tag> : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
