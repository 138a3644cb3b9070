import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { Link, useSearch } from '@tanstack/react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { RulesFailing, RulesFailingProject } from '../../../domain/dashboards/rules-failing.js';
import { PROJECT_STATUS_LABELS } from '../../../domain/projects/project.js';
import { fiscalYearText } from '../../../domain/thai/index.js';
import { apiFetch } from '../../app/api/client.js';
import { useClusterName } from '../../app/api/reference.js';
import { useCurrentUser } from '../../app/auth/hooks.js';
import { focusProvince } from '../../app/auth/scope.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ListLoadError } from '../../components/ListStates.js';

/**
 * The list the planner home's "rules failing" count opens: each project and the blocking rules it
 * fails, of the cluster named in the URL (a cluster office's home links there) or else a province.
 */
export function RulesFailingPage() {
  const t = useT();
  const { lang } = useLang();
  const { fiscalYear, areaCode } = useGlobalFilters();
  const clusterId = useSearch({ from: '/app/rules-failing' }).cluster;
  const clusterName = useClusterName(clusterId, lang);
  const focus = focusProvince(useCurrentUser(), areaCode);
  const provinceCode = clusterId === undefined ? focus : null;
  const list = useInfiniteQuery({
    queryKey: ['dashboards', 'rules-failing', fiscalYear, provinceCode, clusterId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<RulesFailing>('/api/v1/dashboards/rules-failing', {
        query: {
          fiscalYear,
          provinceCode: provinceCode ?? undefined,
          clusterId,
          limit: 50,
          cursor: pageParam,
        },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: provinceCode !== null || clusterId !== undefined,
  });
  const unit =
    clusterId === undefined
      ? ''
      : ` · ${t('rulesFailing.cluster', { name: clusterName ?? String(clusterId) })}`;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageTitle title={`${t('rulesFailing.title')}${unit} · ${fiscalYearText(fiscalYear, lang)}`} />
      {provinceCode === null && clusterId === undefined && (
        <Alert type="info" title={t('rulesFailing.pickProvince')} showIcon />
      )}
      {list.isError && <ListLoadError error={list.error} onRetry={() => void list.refetch()} />}
      <Card>
        <Table<RulesFailingProject>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.pages.flatMap((page) => page.items) ?? []}
          pagination={false}
          locale={{ emptyText: t('rulesFailing.none') }}
          data-testid="rules-failing"
          columns={[
            {
              title: t('rulesFailing.project'),
              key: 'project',
              render: (_, project) => (
                <Link to="/projects/$projectId" params={{ projectId: project.id }}>
                  {project.code} · {project.title}
                </Link>
              ),
            },
            {
              title: t('rulesFailing.status'),
              key: 'status',
              render: (_, project) => PROJECT_STATUS_LABELS[project.status][lang],
            },
            {
              title: t('rulesFailing.rules'),
              key: 'rules',
              render: (_, project) =>
                project.failing.map((rule) => (
                  <Tag key={rule.en} color="red">
                    {rule[lang]}
                  </Tag>
                )),
            },
          ]}
        />
        {list.hasNextPage ? (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('rulesFailing.more')}
          </Button>
        ) : null}
      </Card>
    </Space>
  );
}
