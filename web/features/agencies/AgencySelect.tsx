import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Agency } from '../../app/api/types.js';
import { useLang } from '../../app/i18n/index.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useAgencies, useAgency } from './api.js';

export interface AgencySelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** An agency that may not be chosen (an agency cannot be its own parent). */
  excludeId?: string;
  placeholder?: string;
  id?: string;
}

function agencyLabel(agency: Agency, lang: 'th' | 'en'): string {
  const name = lang === 'en' && agency.nameEn ? agency.nameEn : agency.nameTh;
  return agency.shortName ? `${name} (${agency.shortName})` : name;
}

/** Searchable agency picker backed by /agencies?q=. */
export function AgencySelect({ value, onChange, excludeId, placeholder, id }: AgencySelectProps) {
  const { lang } = useLang();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useAgencies({ q: q || undefined, limit: 20 });
  const selected = useAgency(value);

  const options = useMemo(() => {
    const agencies = [...(results.data?.items ?? [])];
    if (selected.data && !agencies.some((agency) => agency.id === selected.data.id)) {
      agencies.unshift(selected.data);
    }
    return agencies
      .filter((agency) => agency.id !== excludeId)
      .map((agency) => ({ value: agency.id, label: agencyLabel(agency, lang) }));
  }, [excludeId, lang, results.data, selected.data]);

  return (
    <Select<string | null>
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={results.isFetching}
      allowClear
      placeholder={placeholder}
    />
  );
}
