import { Button, Select, Space, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/i18n/index.js';
import { useDebouncedValue } from '../../../components/useDebouncedValue.js';
import { fetchNeed, needKeys, useNeeds } from '../../needs/api.js';
import { NeedStatusTag } from '../../needs/NeedStatusTag.js';

export interface NeedsPickerProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Where to search: the plan's province; cluster plans search the user's whole scope. */
  areaCode?: string;
  disabled?: boolean;
  /** From Form.Item, so its label names this field. */
  id?: string;
}

/** The people's needs an item answers; saving links newly chosen needs to the item. */
export function NeedsPicker({ value = [], onChange, areaCode, disabled, id }: NeedsPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const found = useNeeds({ areaCode, q: q || undefined, limit: 20, offset: 0 }, !disabled);
  const chosen = useQueries({
    queries: value.map((id) => ({
      queryKey: needKeys.detail(id),
      queryFn: () => fetchNeed(id),
      staleTime: 60_000,
    })),
  });

  const options = useMemo(() => {
    const known = new Map<string, string>();
    for (const result of chosen) {
      if (result.data) {
        known.set(result.data.id, `${result.data.referenceNo} · ${result.data.title}`);
      }
    }
    for (const need of found.data?.items ?? []) {
      known.set(need.id, `${need.referenceNo} · ${need.title}`);
    }
    return [...known].map(([id, label]) => ({ value: id, label }));
  }, [chosen, found.data]);

  return (
    <>
      <Select<string[]>
        id={id}
        mode="multiple"
        value={value}
        onChange={(ids) => onChange?.(ids)}
        options={options}
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        loading={found.isFetching}
        disabled={disabled}
        placeholder={t('plans.item.needsPlaceholder')}
        maxTagCount={0}
        maxTagPlaceholder={() => t('plans.item.needsCount', { count: value.length })}
        style={{ width: '100%' }}
        data-testid="plan-item-needs"
      />
      {value.length > 0 && (
        <ul className="plain-list" style={{ marginTop: 4 }}>
          {chosen.map((result, index) => (
            <li key={value[index]} className="plain-list-item">
              {result.data ? (
                <Space size={4} wrap>
                  <Link to="/needs/$needId" params={{ needId: result.data.id }} target="_blank">
                    {result.data.referenceNo}
                  </Link>
                  <span>{result.data.title}</span>
                  <NeedStatusTag status={result.data.status} />
                  {!disabled && (
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => onChange?.(value.filter((id) => id !== result.data?.id))}
                    >
                      {t('plans.item.removeNeed')}
                    </Button>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">{value[index]}</Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
