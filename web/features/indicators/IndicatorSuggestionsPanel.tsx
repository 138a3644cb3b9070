import { Card } from 'antd';
import { useT } from '../../app/i18n/index.js';
import { useSuggestions } from './api.js';
import { ShortfallList } from './ShortfallList.js';

/** In the need form: what the chosen area falls short in, as evidence to cite once the need is saved. */
export function IndicatorSuggestionsPanel({ areaCode }: { areaCode: string | null | undefined }) {
  const t = useT();
  const suggestions = useSuggestions(areaCode ?? undefined);
  if (!suggestions.data || suggestions.data.items.length === 0) {
    return null;
  }
  return (
    <Card size="small" title={t('indicators.suggestions.title')} data-testid="indicator-suggestions">
      <ShortfallList items={suggestions.data.items.slice(0, 5)} />
    </Card>
  );
}
