import { Button, Result } from 'antd';
import { useRouter } from '@tanstack/react-router';
import { useT } from '../app/i18n/index.js';

/** Shown when a route fails to load (server unreachable while checking the session, a lost chunk…). */
export function RouteError() {
  const t = useT();
  const router = useRouter();
  return (
    <Result
      status="error"
      title={t('error.title')}
      subTitle={t('error.network')}
      extra={<Button onClick={() => void router.invalidate()}>{t('common.retry')}</Button>}
    />
  );
}
