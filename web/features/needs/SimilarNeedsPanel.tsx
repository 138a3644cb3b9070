import { MergeCellsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Progress, Spin, Tag, Tooltip, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLang, useT } from '../../app/i18n/index.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import type { SimilarNeedsQuery } from '../../../domain/needs/need-query.js';
import { useSimilarNeeds } from './api.js';
import { formatCount } from './labels.js';
import { NeedStatusTag } from './NeedStatusTag.js';
import type { SimilarNeed } from '../../../domain/needs/need-reports.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

export interface SimilarNeedsPanelProps {
  title: string | undefined;
  description: string | undefined;
  areaCode: string | null | undefined;
  /** The need being edited, so it does not list itself. */
  excludeId?: string;
  /** Offered per candidate; absent = the panel only informs. */
  onMerge?: (candidate: SimilarNeed) => void;
  /** Why merging a candidate is not possible, or null when it is. */
  mergeBlocked?: (candidate: SimilarNeed) => string | null;
}

const MIN_TITLE = 2;

function paramsOf(
  rawTitle: string | undefined,
  rawDescription: string | undefined,
  areaCode: string | null | undefined,
  excludeId: string | undefined,
): SimilarNeedsQuery | null {
  const title = rawTitle?.trim() ?? '';
  if (title.length < MIN_TITLE || !areaCode) {
    return null;
  }
  const description = rawDescription?.trim();
  return {
    title: title.slice(0, 300),
    areaCode,
    ...(description ? { description: description.slice(0, 5000) } : {}),
    ...(excludeId ? { excludeId } : {}),
  };
}

/** Possible duplicates of the need being typed, refreshed as the user pauses. */
export function SimilarNeedsPanel(props: SimilarNeedsPanelProps) {
  const t = useT();
  const { lang } = useLang();
  const { title, description, areaCode, excludeId } = props;
  // Memoised so the debounce only restarts when the text or area really changes.
  const typed = useMemo(
    () => paramsOf(title, description, areaCode, excludeId),
    [title, description, areaCode, excludeId],
  );
  const params = useDebouncedValue(typed, 450);
  const similar = useSimilarNeeds(params);
  const items = params ? (similar.data?.items ?? []) : [];

  const renderItem = (candidate: SimilarNeed) => {
    const blocked = props.mergeBlocked?.(candidate) ?? null;
    return (
      <div key={candidate.id} className="similar-need" data-testid={`similar-need-${candidate.id}`}>
        <Flex justify="space-between" align="start" gap={8}>
          <div style={{ minWidth: 0 }}>
            <Link to="/needs/$needId" params={{ needId: candidate.id }} target="_blank">
              {candidate.referenceNo}
            </Link>{' '}
            <NeedStatusTag status={candidate.status} />
            <div className="similar-need-title">{candidate.title}</div>
          </div>
          <Tooltip title={t('needs.similar.score')}>
            <Progress
              type="circle"
              size={44}
              percent={Math.round(candidate.score * 100)}
              data-testid="similar-need-score"
            />
          </Tooltip>
        </Flex>
        <Typography.Text type="secondary" className="needs-subline">
          {candidate.areaNameTh ?? candidate.areaCode} · {fiscalYearText(candidate.fiscalYear, lang)} ·{' '}
          {t('needs.beneficiaries', {
            households: formatCount(candidate.households, lang),
            people: formatCount(candidate.people, lang),
          })}
        </Typography.Text>
        <Flex wrap gap={4} style={{ marginTop: 4 }}>
          {candidate.reasons.map((reason) => (
            <Tag key={reason.en} variant="filled">
              {reason[lang]}
            </Tag>
          ))}
        </Flex>
        {props.onMerge && (
          <Tooltip title={blocked}>
            <Button
              size="small"
              icon={<MergeCellsOutlined />}
              disabled={blocked !== null}
              onClick={() => props.onMerge?.(candidate)}
              style={{ marginTop: 8 }}
              data-testid="need-merge"
            >
              {t('needs.similar.merge')}
            </Button>
          </Tooltip>
        )}
      </div>
    );
  };

  return (
    <Card
      size="small"
      title={t('needs.similar.title')}
      extra={similar.isFetching ? <Spin size="small" /> : null}
      className="similar-needs"
      data-testid="similar-needs"
      data-count={items.length}
    >
      {params === null && <Typography.Text type="secondary">{t('needs.similar.hint')}</Typography.Text>}
      {params !== null && similar.isError && (
        <Alert type="warning" showIcon title={t('needs.similar.error')} />
      )}
      {params !== null && !similar.isError && items.length === 0 && !similar.isFetching && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('needs.similar.none')} />
      )}
      {items.length > 0 && (
        <>
          <Alert type="info" showIcon title={t('needs.similar.found', { count: items.length })} />
          <div className="similar-need-list">{items.map(renderItem)}</div>
        </>
      )}
    </Card>
  );
}
