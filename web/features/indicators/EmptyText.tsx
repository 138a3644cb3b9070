import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * An empty list's line in the readable grey: antd draws a List's empty text in colorTextDisabled
 * (about 2.5:1 on white, below AA), and the theme's component token does not reach it.
 */
export function EmptyText({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
