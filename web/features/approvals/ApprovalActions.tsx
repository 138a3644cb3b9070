import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { AvailableAction } from '../../../domain/approvals/chain.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { TransitionModal, type SendTransition } from './TransitionModal.js';

export interface ApprovalActionsProps {
  actions: readonly AvailableAction[];
  send: SendTransition;
  pending: boolean;
  onReload: () => void;
  /** Shown in the dialog of a forward step, e.g. open readiness problems before a submission. */
  forwardWarning?: string | null;
}

/** The steps the user may take now on a document, each opening the dialog that records it. */
export function ApprovalActions({ actions, send, pending, onReload, forwardWarning }: ApprovalActionsProps) {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState<AvailableAction | null>(null);
  if (actions.length === 0) {
    return <Typography.Text type="secondary">{t('plans.approval.noActions')}</Typography.Text>;
  }
  return (
    <>
      <Space wrap>
        {actions.map((available) => (
          <Button
            key={available.action}
            type={available.toStatus === 'draft' ? 'default' : 'primary'}
            danger={available.toStatus === 'draft'}
            onClick={() => setOpen(available)}
            data-testid={`approval-action-${available.action}`}
          >
            {lang === 'en' ? available.labelEn : available.labelTh}
          </Button>
        ))}
      </Space>
      {open && (
        <TransitionModal
          action={open}
          warning={open.toStatus === 'draft' ? null : forwardWarning}
          send={send}
          pending={pending}
          onReload={onReload}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
