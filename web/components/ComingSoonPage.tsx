import { Button, Result } from 'antd';
import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../app/i18n/index.js';
import { useT } from '../app/i18n/index.js';

export interface ComingSoonPageProps {
  titleKey: MessageKey;
}

export function ComingSoonPage({ titleKey }: ComingSoonPageProps) {
  const t = useT();
  return (
    <Result
      status="info"
      title={t('comingSoon.title')}
      subTitle={t('comingSoon.body', { module: t(titleKey) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('comingSoon.back')}</Button>
        </Link>
      }
      data-testid="coming-soon"
    />
  );
}
