import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { PLAN_STATUS_LABELS, isLocked, type PlanStatus } from '../../../domain/plans/plan.js';
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
  testId?: string;
}

export function PlanStatusTag({ status, testId }: PlanStatusTagProps) {
  const { lang } = useLang();
  return (
    <Tag
      color={COLORS[status]}
      icon={isLocked(status) ? <LockOutlined /> : undefined}
      data-testid={testId}
      data-status={status}
    >
      {PLAN_STATUS_LABELS[status][lang]}
    </Tag>
  );
}
