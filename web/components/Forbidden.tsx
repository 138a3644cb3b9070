import { Result } from 'antd';
import { useT } from '../app/i18n/index.js';

export function Forbidden() {
  const t = useT();
  return <Result status="403" title={t('common.noPermission')} />;
}
