import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { isLocked, planStatusLabel, type PlanScope, type PlanStatus } from '../../../domain/plans/plan.js';
import { useLang } from '../../app/i18n/index.js';

const COLORS: Record<PlanStatus, string> = {
  draft: 'gold',
  submitted_to_committee: 'processing',
  committee_approved: 'cyan',
  submitted_to_centre: 'processing',
  regional_approved: 'geekblue',
  knb_approved: 'blue',
  cabinet_noted: 'purple',
  published: 'green',
};

export interface PlanStatusTagProps {
  status: PlanStatus;
  /** Names the plan's own committee (ก.บ.จ. or ก.บ.ก.). */
  scope: PlanScope;
  testId?: string;
}

export function PlanStatusTag({ status, scope, testId }: PlanStatusTagProps) {
  const { lang } = useLang();
  return (
    <Tag
      color={COLORS[status]}
      icon={isLocked(status) ? <LockOutlined /> : undefined}
      data-testid={testId}
      data-status={status}
    >
      {planStatusLabel(status, scope)[lang]}
    </Tag>
  );
}
