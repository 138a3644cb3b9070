import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useUsers } from '../users/api.js';

export interface ActorSelectProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** Picks the acting user by name; needs user.read, so the page falls back to an id box without it. */
export function ActorSelect({ value, onChange }: ActorSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ q: q || undefined, limit: 20 });
  const options = (users.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.username})`,
  }));
  return (
    <Select<string | undefined>
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={users.isFetching}
      allowClear
      placeholder={t('audit.allUsers')}
      aria-label={t('audit.allUsers')}
      style={{ minWidth: 220 }}
    />
  );
}
