import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { PlanScope } from '../../../domain/plans/plan.js';
import { useAreas, useClusters } from '../../app/api/reference.js';
import { useCan } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ClusterFilterTag } from '../../components/ClusterFilterTag.js';
import { PageTitle } from '../../components/PageTitle.js';
import { usePlans } from './api.js';
import { CreatePlanModal } from './CreatePlanModal.js';
import { versionLabel } from './labels.js';
import { bePeriodText } from '../../../domain/thai/index.js';
import { PlanStatusTag } from './PlanStatusTag.js';
import type { PlanListItem, VersionSummary } from '../../../domain/plans/responses.js';

const PAGE_SIZE = 20;
type ScopeChoice = PlanScope | 'all';

/** Provincial and cluster plans in the user's scope, with their latest and published versions. */
export function PlansPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/plans' });
  const { areaCode } = useGlobalFilters();
  const canCreate = useCan('plan.edit');
  const [creating, setCreating] = useState(false);
  const page = search.page ?? 1;
  const plans = usePlans({
    scope: search.scope,
    clusterId: search.cluster,
    provinceCode: search.cluster === undefined ? areaCode?.slice(0, 2) : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const provinces = useAreas({ level: 'province', limit: 100 });
  const clusters = useClusters();
  const provinceName = (code: string) => {
    const area = provinces.data?.items.find((item) => item.code === code);
    return area ? (lang === 'en' && area.nameEn ? area.nameEn : area.nameTh) : code;
  };
  const clusterName = (id: number | null) => {
    const cluster = clusters.data?.items.find((item) => item.id === id);
    return cluster ? (lang === 'en' ? cluster.nameEn : cluster.nameTh) : String(id ?? '');
  };

  const update = (patch: { scope?: PlanScope; cluster?: undefined; page?: number }) =>
    void navigate({
      to: '.',
      search: (previous) => ({ ...previous, page: undefined, ...patch }),
      replace: true,
    });

  const renderVersion = (version: VersionSummary | null, scope: PlanScope) =>
    version ? (
      <Space size={4} wrap>
        <span>{versionLabel(version, t, lang)}</span>
        <PlanStatusTag status={version.status} scope={scope} />
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('common.dash')}</Typography.Text>
    );

  const columns: TableColumnsType<PlanListItem> = [
    {
      title: t('plans.field.title'),
      dataIndex: 'title',
      render: (title: string, plan) => (
        <div style={{ minWidth: 240, maxWidth: 460 }}>
          <Link to="/plans/$planId" params={{ planId: plan.id }} data-testid={`plan-link-${plan.id}`}>
            {title}
          </Link>
          {plan.isDemo && <Tag style={{ marginInlineStart: 6 }}>{t('needs.demo')}</Tag>}
        </div>
      ),
    },
    {
      title: t('plans.field.area'),
      key: 'area',
      render: (_value, plan) => (
        <Space size={4} wrap>
          <Tag color={plan.scope === 'cluster' ? 'purple' : 'blue'}>{t(`plans.scope.${plan.scope}`)}</Tag>
          {plan.scope === 'cluster' ? clusterName(plan.clusterId) : provinceName(plan.provinceCode)}
        </Space>
      ),
    },
    {
      title: t('plans.field.period'),
      key: 'period',
      width: 120,
      render: (_value, plan) => bePeriodText(plan.periodStart, plan.periodEnd, lang),
    },
    {
      title: t('plans.field.versions'),
      key: 'versions',
      width: 320,
      render: (_value, plan) => (
        <Space orientation="vertical" size={2}>
          {renderVersion(plan.latestVersion, plan.scope)}
          {plan.publishedVersion && plan.publishedVersion.id !== plan.latestVersion?.id && (
            <Typography.Text type="secondary">
              {t('plans.field.publishedVersion')}: {versionLabel(plan.publishedVersion, t, lang)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('plans.title')}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="plan-create"
            >
              {t('plans.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
          <Segmented<ScopeChoice>
            value={search.scope ?? 'all'}
            onChange={(value) => update({ scope: value === 'all' ? undefined : value })}
            options={[
              { value: 'all', label: t('plans.scope.all') },
              { value: 'province', label: t('plans.scope.province') },
              { value: 'cluster', label: t('plans.scope.cluster') },
            ]}
          />
          {search.cluster !== undefined && (
            <ClusterFilterTag clusterId={search.cluster} onClear={() => update({ cluster: undefined })} />
          )}
        </Flex>
        {plans.isError && (
          <Alert type="error" showIcon title={t('plans.loadError')} style={{ marginBottom: 12 }} />
        )}
        <Table<PlanListItem>
          rowKey="id"
          columns={columns}
          dataSource={plans.data?.items}
          loading={plans.isFetching}
          scroll={{ x: 900 }}
          data-testid="plans-table"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: plans.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (next) => update({ page: next }),
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
      {creating && (
        <CreatePlanModal
          onClose={() => setCreating(false)}
          onCreated={(planId) => void navigate({ to: '/plans/$planId', params: { planId } })}
        />
      )}
    </>
  );
}
