import { ArrowLeftOutlined } from '@ant-design/icons';
import { Descriptions, Space, Spin, Tabs, Tag } from 'antd';
import { Link, useParams } from '@tanstack/react-router';
import { PROJECT_STATUS_LABELS } from '../../../domain/projects/project.js';
import { fiscalYearText } from '../../../domain/thai/be-year.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { RulesPanel } from '../budget/RulesPanel.js';
import { StageTable } from '../budget/StageTable.js';
import { useProject } from './api.js';
import { ProjectEditForm } from './ProjectEditForm.js';
import { ProjectTransitions } from './ProjectTransitions.js';
import { ReadinessPanel } from './ReadinessPanel.js';
import { RegulationsPanel } from '../regulations/RegulationsPanel.js';

/** One project: its lifecycle moves, the master-record form, readiness, rule results and budget stages. */
export function ProjectPage() {
  const t = useT();
  const { lang } = useLang();
  const { projectId } = useParams({ from: '/app/projects/$projectId' });
  const query = useProject(projectId);
  const canEdit = useCan('project.edit');
  const canRecord = useCan('budget.record');
  if (!query.data) {
    return query.isError ? (
      <RecordLoadError error={query.error} onRetry={() => void query.refetch()} listPath="/projects" />
    ) : (
      <Spin />
    );
  }
  const project = query.data;
  const reload = () => void query.refetch();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Link to="/projects">
          <ArrowLeftOutlined /> {t('projectForm.backToList')}
        </Link>
        <Link to="/projects/$projectId/progress" params={{ projectId }} data-testid="project-progress-link">
          {t('progress.open')}
        </Link>
        <Link to="/projects/$projectId/assets" params={{ projectId }} data-testid="project-assets-link">
          {t('assetForms.open')}
        </Link>
      </Space>
      <PageTitle
        title={`${project.code} ${project.title}`}
        extra={
          <Tag color="blue" data-testid="project-status" data-status={project.status}>
            {PROJECT_STATUS_LABELS[project.status][lang]}
          </Tag>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'year',
            label: t('projectForm.fiscalYear'),
            children: fiscalYearText(project.fiscalYear, lang),
          },
          { key: 'unit', label: t('projectForm.budgetUnit'), children: project.budgetUnit },
          {
            key: 'total',
            label: t('projects.amount'),
            children: <span data-testid="project-total">{formatBaht(BigInt(project.totalSatang))}</span>,
          },
          {
            key: 'agency',
            label: t('projects.agency'),
            children: project.implementingAgencyName ?? t('projectForm.noAgency'),
          },
          {
            key: 'updated',
            label: t('projectForm.updatedAt'),
            children: formatDate(project.updatedAt, lang),
          },
        ]}
      />
      {canEdit ? <ProjectTransitions project={project} onReload={reload} /> : null}
      <RegulationsPanel targetKind="step" targetKey="project_readiness" />
      <Tabs
        items={[
          {
            key: 'record',
            label: t('projectForm.tab.record'),
            children: <ProjectEditForm project={project} canEdit={canEdit} onReload={reload} />,
          },
          {
            key: 'readiness',
            label: t('projectForm.tab.readiness'),
            children: <ReadinessPanel project={project} canEdit={canEdit} />,
          },
          {
            key: 'rules',
            label: t('projectForm.tab.rules'),
            children: <RulesPanel projectId={project.id} />,
          },
          {
            key: 'stages',
            label: t('projectForm.tab.stages'),
            children: <StageTable projectId={project.id} canRecord={canRecord} />,
          },
        ]}
      />
    </Space>
  );
}
