import { Col, Row, Typography } from 'antd';
import { useT } from '../../../app/i18n/index.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { SheetCard } from './SheetCard.js';

export interface PlanOutputsProps {
  tree: VersionTree;
}

/** Excel sheets of KPIs and project-set items: export, edit offline, import back into the draft. */
export function PlanOutputs({ tree }: PlanOutputsProps) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('plans.sheets.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <SheetCard tree={tree} sheet="kpis" />
        </Col>
        <Col xs={24} xl={12}>
          <SheetCard tree={tree} sheet="items" />
        </Col>
      </Row>
    </>
  );
}
