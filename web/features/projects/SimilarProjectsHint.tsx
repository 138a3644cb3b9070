import { Alert, Card, List, Spin, Tag, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { SimilarProjectsQuery } from '../../../domain/projects/project-query.js';
import { PROJECT_STATUS_LABELS } from '../../../domain/projects/project.js';
import { fiscalYearText } from '../../../domain/thai/be-year.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useSimilarProjects } from './api.js';

export interface SimilarProjectsHintProps {
  title: string | undefined;
  fiscalYear: number;
  areaCodes: readonly string[];
  /** The project being edited, so it does not list itself. */
  excludeId?: string;
}

const MIN_TITLE = 2;

/** Projects of any agency in the last three fiscal years that look like the one being typed. */
export function SimilarProjectsHint({ title, fiscalYear, areaCodes, excludeId }: SimilarProjectsHintProps) {
  const t = useT();
  const { lang } = useLang();
  const areas = areaCodes.slice(0, 50).join(',');
  // Memoised so the debounce restarts only when the title or the areas really change.
  const typed = useMemo<SimilarProjectsQuery | null>(() => {
    const trimmed = title?.trim() ?? '';
    if (trimmed.length < MIN_TITLE) {
      return null;
    }
    return {
      title: trimmed.slice(0, 300),
      fiscalYear,
      ...(areas ? { areaCodes: areas } : {}),
      ...(excludeId ? { excludeId } : {}),
    };
  }, [title, fiscalYear, areas, excludeId]);
  const query = useDebouncedValue(typed, 450);
  const similar = useSimilarProjects(query);
  const items = query ? (similar.data?.items ?? []) : [];
  return (
    <Card
      size="small"
      title={t('projectForm.similar.title')}
      extra={similar.isFetching ? <Spin size="small" /> : null}
      data-testid="similar-projects"
      data-count={items.length}
      aria-busy={similar.isFetching}
    >
      {query === null ? (
        <Typography.Text type="secondary">{t('projectForm.similar.hint')}</Typography.Text>
      ) : null}
      {query !== null && similar.isError ? (
        <Alert type="warning" showIcon title={t('projectForm.similar.error')} />
      ) : null}
      {query !== null && !similar.isFetching && !similar.isError && items.length === 0 ? (
        <Typography.Text type="secondary">{t('projectForm.similar.none')}</Typography.Text>
      ) : null}
      {items.length > 0 ? (
        <>
          <Alert type="info" showIcon title={t('projectForm.similar.found', { count: items.length })} />
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item key={item.project.id}>
                <List.Item.Meta
                  title={
                    <Link to="/projects/$projectId" params={{ projectId: item.project.id }} target="_blank">
                      {item.project.code} {item.project.title}
                    </Link>
                  }
                  description={
                    <>
                      {fiscalYearText(item.project.fiscalYear, lang)} ·{' '}
                      {item.project.implementingAgencyName ?? t('projectForm.noAgency')} ·{' '}
                      {formatBaht(BigInt(item.project.totalSatang))} {t('projectForm.baht')}{' '}
                      <Tag>{PROJECT_STATUS_LABELS[item.project.status][lang]}</Tag>
                      <Tag color="orange">
                        {t('projectForm.similar.score', { percent: Math.round(item.similarity * 100) })}
                      </Tag>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
