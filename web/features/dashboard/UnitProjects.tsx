import { Card, List, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import type { DrillUnitView } from '../../../domain/dashboards/overview.js';
import { PROJECT_STATUS_LABELS } from '../../../domain/projects/project.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ListLoadError } from '../../components/ListStates.js';
import { useProjectPages } from '../projects/api.js';
import type { Formats } from './metrics.js';

/** The first keyset page of a province's or district's projects of the year, each opening its page. */
export function UnitProjects({
  unit,
  fiscalYear,
  formats,
}: {
  unit: DrillUnitView;
  fiscalYear: number;
  formats: Formats;
}) {
  const t = useT();
  const { lang } = useLang();
  const areaCode = unit.code ?? undefined;
  const pages = useProjectPages({ fiscalYear, areaCode });
  const projects = pages.data?.pages[0]?.items ?? [];
  return (
    <Card
      title={t('overview.projectsTitle')}
      extra={
        <Link
          to="/projects"
          search={(previous) => ({ ...previous, area: areaCode })}
          data-testid="overview-all-projects"
        >
          {t('overview.allProjects')}
        </Link>
      }
    >
      {pages.isError && <ListLoadError error={pages.error} onRetry={() => void pages.refetch()} />}
      <List
        size="small"
        loading={pages.isPending}
        dataSource={projects}
        locale={{ emptyText: <Typography.Text>{t('overview.noProjects')}</Typography.Text> }}
        data-testid="overview-projects"
        renderItem={(project) => (
          <List.Item key={project.id} extra={formats.millions(BigInt(project.totalSatang))}>
            <List.Item.Meta
              title={
                <Link
                  to="/projects/$projectId"
                  params={{ projectId: project.id }}
                  data-testid={`overview-project-${project.code}`}
                >
                  {project.code} · {project.title}
                </Link>
              }
              description={PROJECT_STATUS_LABELS[project.status][lang]}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
