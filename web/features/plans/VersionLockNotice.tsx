import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { isLocked, lockedMessage } from '../../../domain/plans/plan.js';
import { useLang, useT } from '../../app/i18n/index.js';
import type { VersionTree } from '../../../domain/plans/responses.js';

export interface VersionLockNoticeProps {
  tree: VersionTree;
}

/** Says why the version cannot be edited: it is locked by the approval chain, or not the user's to edit. */
export function VersionLockNotice({ tree }: VersionLockNoticeProps) {
  const t = useT();
  const { lang } = useLang();
  const status = tree.version.status;
  if (isLocked(status)) {
    return (
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        title={lockedMessage(status)[lang]}
        data-testid="plan-locked"
      />
    );
  }
  if (!tree.canEdit) {
    return (
      <Alert
        type="warning"
        showIcon
        icon={<EyeOutlined />}
        title={t('plans.readOnly')}
        data-testid="plan-read-only"
      />
    );
  }
  return null;
}
