import { Button, Result } from 'antd';
import { Link } from '@tanstack/react-router';
import { useT } from '../app/i18n/index.js';

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('comingSoon.back')}</Button>
        </Link>
      }
    />
  );
}
