import { Tag } from 'antd';
import { NEED_STATUS_LABELS, type NeedStatus } from '../../../domain/needs/need.js';
import { useLang } from '../../app/i18n/index.js';

const COLORS: Record<NeedStatus, string> = {
  received: 'blue',
  screened: 'cyan',
  linked: 'green',
  forwarded: 'purple',
  merged: 'default',
  rejected: 'red',
};

export interface NeedStatusTagProps {
  status: NeedStatus;
  testId?: string;
}

export function NeedStatusTag({ status, testId }: NeedStatusTagProps) {
  const { lang } = useLang();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status}>
      {NEED_STATUS_LABELS[status][lang]}
    </Tag>
  );
}
