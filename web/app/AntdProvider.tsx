import { App as AntApp, ConfigProvider } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import thTHModule from 'antd/es/locale/th_TH.js';
import type { ReactNode } from 'react';
import { esmDefault } from './esmDefault.js';
import { useLang } from './i18n/index.js';
import { theme } from './theme.js';

const LOCALES = { th: esmDefault(thTHModule), en: esmDefault(enUSModule) };

export interface AntdProviderProps {
  children: ReactNode;
}

export function AntdProvider({ children }: AntdProviderProps) {
  const { lang } = useLang();
  return (
    <ConfigProvider locale={LOCALES[lang]} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
