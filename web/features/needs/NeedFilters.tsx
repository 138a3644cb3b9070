import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  NEED_ORIGINS,
  NEED_ORIGIN_LABELS,
  NEED_STATUSES,
  NEED_STATUS_LABELS,
  type NeedOrigin,
  type NeedStatus,
} from '../../../domain/needs/need.js';
import { currentFiscalYear, fiscalYearChoices } from '../../app/filters/fiscalYear.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';
import { ClusterFilterTag } from '../../components/ClusterFilterTag.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useNeedDimensions } from './api.js';
import { dimensionName } from './labels.js';
import type { NeedsView } from './useNeedsSearch.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

export interface NeedFiltersProps {
  view: NeedsView;
  /** Only the area and year (the map and the roll-ups take nothing else). */
  compact?: boolean;
}

type YearChoice = number | 'all';

export function NeedFilters({ view, compact = false }: NeedFiltersProps) {
  const t = useT();
  const { lang } = useLang();
  const { fiscalYear } = useGlobalFilters();
  const dimensions = useNeedDimensions();
  const { search, update } = view;
  const [text, setText] = useState(search.q ?? '');
  const debounced = useDebouncedValue(text.trim(), 350);

  useEffect(() => {
    if (debounced !== (search.q ?? '')) {
      update({ q: debounced || undefined });
    }
    // Only a settled change of the typed text moves the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const yearOptions = useMemo(() => {
    const years = fiscalYearChoices(currentFiscalYear());
    return [
      { value: 'all' as YearChoice, label: t('needs.filter.allYears') },
      ...years.map((year) => ({ value: year as YearChoice, label: fiscalYearText(year, lang) })),
    ];
  }, [t, lang]);

  const statusOptions = NEED_STATUSES.map((value) => ({ value, label: NEED_STATUS_LABELS[value][lang] }));
  const originOptions = NEED_ORIGINS.map((value) => ({ value, label: NEED_ORIGIN_LABELS[value][lang] }));
  const dimensionOptions = (dimensions.data?.items ?? []).map((dimension) => ({
    value: dimension.id,
    label: dimensionName(dimension, lang),
  }));

  return (
    <Flex wrap gap={8} align="center" className="needs-filters" data-testid="need-filters">
      {search.cluster !== undefined && (
        <ClusterFilterTag clusterId={search.cluster} onClear={() => update({ cluster: undefined })} />
      )}
      <AreaTreeSelect
        className="needs-filter-area"
        value={search.needArea ?? null}
        // An area picked replaces the cluster: one inside it narrows the same list, one outside has none.
        onChange={(code) => update({ needArea: code ?? undefined, cluster: undefined })}
        placeholder={t('needs.filter.areaFromHeader')}
        ariaLabel={t('needs.filter.area')}
        testId="need-filter-area"
      />
      <Select<YearChoice>
        className="needs-filter-year"
        value={search.year ?? fiscalYear}
        options={yearOptions}
        onChange={(year) => update({ year: year === fiscalYear ? undefined : year })}
        aria-label={t('header.fiscalYear')}
        popupMatchSelectWidth={false}
      />
      {!compact && (
        <>
          <Select<NeedStatus | undefined>
            className="needs-filter-select"
            value={search.status}
            onChange={(status) => update({ status })}
            options={statusOptions}
            allowClear
            placeholder={t('needs.filter.allStatuses')}
            aria-label={t('needs.filter.allStatuses')}
            data-testid="need-filter-status"
          />
          <Select<NeedOrigin | undefined>
            className="needs-filter-select"
            value={search.origin}
            onChange={(origin) => update({ origin })}
            options={originOptions}
            allowClear
            placeholder={t('needs.filter.allOrigins')}
            aria-label={t('needs.filter.allOrigins')}
            popupMatchSelectWidth={false}
          />
          <Select<number | undefined>
            className="needs-filter-select"
            value={search.dimension}
            onChange={(dimension) => update({ dimension })}
            options={dimensionOptions}
            allowClear
            loading={dimensions.isPending}
            placeholder={t('needs.filter.allDimensions')}
            aria-label={t('needs.filter.allDimensions')}
            popupMatchSelectWidth={false}
          />
          <Input
            className="needs-filter-search"
            prefix={<SearchOutlined />}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onPressEnter={() => update({ q: text.trim() || undefined })}
            placeholder={t('needs.filter.searchPlaceholder')}
            allowClear
            data-testid="need-filter-q"
          />
        </>
      )}
    </Flex>
  );
}
