import { Alert, Button, Empty } from 'antd';
import { useLang, useT } from '../app/i18n/index.js';
import { apiErrorText } from './apiErrorText.js';

export interface ListLoadErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** A failed list load with the server's reason and a way to try again. */
export function ListLoadError({ error, onRetry }: ListLoadErrorProps) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('list.loadFailed')}
      description={apiErrorText(error, lang, t('error.network'))}
      action={
        <Button onClick={onRetry} data-testid="list-retry">
          {t('common.retry')}
        </Button>
      }
      data-testid="list-error"
    />
  );
}

export interface ListEmptyProps {
  /** The search text in force, if any. */
  q?: string;
  /** Whether other filters narrow the list. */
  filtered?: boolean;
  onClear?: () => void;
}

/** Why a list is empty: nothing matches the search, nothing matches the filters, or no data yet. */
export function ListEmpty({ q, filtered, onClear }: ListEmptyProps) {
  const t = useT();
  const description = q ? t('list.emptySearch', { q }) : filtered ? t('list.emptyFiltered') : t('list.empty');
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} data-testid="list-empty">
      {(q || filtered) && onClear && <Button onClick={onClear}>{t('list.clearFilters')}</Button>}
    </Empty>
  );
}
