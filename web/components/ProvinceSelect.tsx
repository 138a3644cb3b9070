import { Select } from 'antd';
import { useAreas } from '../app/api/reference.js';
import { useLang } from '../app/i18n/index.js';
import { areaName } from './area-tree/nodes.js';

export interface ProvinceSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  testId?: string;
}

export function ProvinceSelect({ value, onChange, placeholder, testId }: ProvinceSelectProps) {
  const { lang } = useLang();
  const provinces = useAreas({ level: 'province', limit: 100 });
  const options = (provinces.data?.items ?? []).map((area) => ({
    value: area.code,
    label: areaName(area, lang),
  }));
  return (
    <Select<string | undefined>
      value={value}
      onChange={onChange}
      options={options}
      loading={provinces.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ minWidth: 180 }}
      data-testid={testId}
    />
  );
}
