import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageTitleProps {
  title: ReactNode;
  extra?: ReactNode;
}

export function PageTitle({ title, extra }: PageTitleProps) {
  return (
    <Flex className="page-title" justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
