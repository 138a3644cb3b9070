import { Button, Result } from 'antd';
import { Link } from '@tanstack/react-router';
import { isApiError } from '../app/api/client.js';
import { useLang, useT } from '../app/i18n/index.js';
import { apiErrorText } from './apiErrorText.js';

export interface RecordLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  /** The list the record belongs to (e.g. `/needs`), offered as the way back. */
  listPath: string;
}

/** A record that failed to load: missing (404) leads back to its list, anything else can be retried. */
export function RecordLoadError({ error, onRetry, listPath }: RecordLoadErrorProps) {
  const t = useT();
  const { lang } = useLang();
  const back = (
    <Link to={listPath} key="back">
      <Button type={isApiError(error, 404) ? 'primary' : 'default'} data-testid="record-back">
        {t('record.backToList')}
      </Button>
    </Link>
  );
  if (isApiError(error, 404)) {
    return (
      <Result
        status="404"
        title={t('record.missingTitle')}
        subTitle={t('record.missingBody')}
        extra={back}
        data-testid="record-missing"
      />
    );
  }
  return (
    <Result
      status="error"
      title={t('error.title')}
      subTitle={apiErrorText(error, lang, t('error.network'))}
      extra={[
        <Button type="primary" key="retry" onClick={onRetry} data-testid="record-retry">
          {t('common.retry')}
        </Button>,
        back,
      ]}
      data-testid="record-error"
    />
  );
}
