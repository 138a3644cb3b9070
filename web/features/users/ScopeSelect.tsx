import { useT } from '../../app/i18n/index.js';
import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';
import { useScopeNodes } from './useScopeNodes.js';

export interface ScopeSelectProps {
  value?: string[] | null;
  onChange?: (value: string[]) => void;
  id?: string;
  testId?: string;
}

/** Multi-select of scope entries: DOPA areas from the lazy tree, plus national, regions and clusters. */
export function ScopeSelect({ value, onChange, id, testId }: ScopeSelectProps) {
  const t = useT();
  const extraNodes = useScopeNodes();
  return (
    <AreaTreeSelect
      multiple
      id={id}
      value={value}
      onChange={onChange}
      extraNodes={extraNodes}
      placeholder={t('scope.placeholder')}
      testId={testId}
      style={{ width: '100%' }}
    />
  );
}
