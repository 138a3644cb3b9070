import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../app/i18n/index.js';

export interface ExportButtonProps {
  /** The list's export route with the screen's filters (the server walks every page). */
  href: string;
  testId: string;
}

/** Downloads the whole filtered list as .xlsx. */
export function ExportButton({ href, testId }: ExportButtonProps) {
  const t = useT();
  return (
    <Button icon={<DownloadOutlined />} href={href} download data-testid={testId}>
      {t('list.export')}
    </Button>
  );
}
