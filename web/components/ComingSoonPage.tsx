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
      // The page's one h1, kept at the size antd gives a result's title.
      title={<h1 style={{ font: 'inherit', margin: 0 }}>{t('comingSoon.title')}</h1>}
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
