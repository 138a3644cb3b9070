import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ProjectSummary } from '../../../domain/projects/project-response.js';
import {
  BUDGET_TYPE_LABELS,
  BUDGET_TYPES,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  type BudgetType,
  type ProjectStatus,
} from '../../../domain/projects/project.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { useCan } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { projectExportUrl, useProjectPages } from './api.js';
import { ProjectMap } from './ProjectMap.js';

/** The project list: filters, totals of the whole filtered list, keyset paging and the Excel export. */
export function ProjectsPage() {
  const t = useT();
  const { lang } = useLang();
  const { fiscalYear, areaCode, setAreaCode } = useGlobalFilters();
  const [view, setView] = useState<'list' | 'map'>('list');
  const [status, setStatus] = useState<ProjectStatus>();
  const [budgetType, setBudgetType] = useState<BudgetType>();
  const [q, setQ] = useState<string>();
  const filter = { fiscalYear, areaCode: areaCode ?? undefined, status, budgetType, q };
  const pages = useProjectPages(filter);
  const canEdit = useCan('project.edit');
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const first = pages.data?.pages[0];
  const money = (satang: string) => formatBaht(BigInt(satang));
  return (
    <>
      <PageTitle title={t('projects.title')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<'list' | 'map'>
            value={view}
            onChange={setView}
            data-testid="projects-view"
            options={[
              { value: 'list', label: t('projectMap.viewList') },
              { value: 'map', label: t('projectMap.viewMap') },
            ]}
          />
          <Input.Search
            allowClear
            placeholder={t('projects.search')}
            onSearch={(value) => setQ(value.trim() || undefined)}
            style={{ width: 280 }}
          />
          <Select
            allowClear
            placeholder={t('projects.status')}
            aria-label={t('projects.status')}
            style={{ width: 240 }}
            value={status}
            onChange={setStatus}
            options={PROJECT_STATUSES.map((value) => ({ value, label: PROJECT_STATUS_LABELS[value][lang] }))}
          />
          <Select
            allowClear
            placeholder={t('projects.budgetType')}
            aria-label={t('projects.budgetType')}
            style={{ width: 180 }}
            value={budgetType}
            onChange={setBudgetType}
            options={BUDGET_TYPES.map((value) => ({ value, label: BUDGET_TYPE_LABELS[value][lang] }))}
          />
          <Button icon={<DownloadOutlined />} href={projectExportUrl(filter)}>
            {t('projects.export')}
          </Button>
          {canEdit ? (
            <Link to="/projects/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="project-new">
                {t('projectForm.createTitle')}
              </Button>
            </Link>
          ) : null}
        </Space>
        {pages.isError ? <Alert type="error" showIcon message={t('projects.loadError')} /> : null}
        {first ? (
          <Typography.Paragraph>
            {t('projects.totals', { count: first.total.toLocaleString(), amount: money(first.totalSatang) })}
          </Typography.Paragraph>
        ) : null}
        {view === 'map' ? <ProjectMap filter={filter} onProvince={setAreaCode} /> : null}
        {view === 'list' ? (
          <>
            <Table<ProjectSummary>
              rowKey="id"
              loading={pages.isFetching}
              dataSource={items}
              pagination={false}
              locale={{ emptyText: t('projects.empty') }}
              columns={[
                { title: t('projects.code'), dataIndex: 'code', width: 160 },
                {
                  title: t('projects.name'),
                  dataIndex: 'title',
                  render: (title: string, row) => (
                    <>
                      <Link to="/projects/$projectId" params={{ projectId: row.id }}>
                        {title}
                      </Link>{' '}
                      {row.isDemo ? <Tag>{t('projects.demo')}</Tag> : null}
                    </>
                  ),
                },
                {
                  title: t('projects.status'),
                  dataIndex: 'status',
                  width: 200,
                  render: (value: ProjectStatus) => <Tag>{PROJECT_STATUS_LABELS[value][lang]}</Tag>,
                },
                {
                  title: t('projects.budgetType'),
                  dataIndex: 'budgetType',
                  width: 140,
                  render: (value: BudgetType) => BUDGET_TYPE_LABELS[value][lang],
                },
                {
                  title: t('projects.amount'),
                  dataIndex: 'totalSatang',
                  align: 'right',
                  width: 160,
                  render: money,
                },
                { title: t('projects.agency'), dataIndex: 'implementingAgencyName', width: 220 },
              ]}
            />
            {pages.hasNextPage ? (
              <Button
                style={{ marginTop: 16 }}
                loading={pages.isFetchingNextPage}
                onClick={() => void pages.fetchNextPage()}
              >
                {t('projects.more')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Card>
    </>
  );
}
