import { EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { canReceiveMerge } from '../../../domain/needs/state-machine.js';
import { useT } from '../../app/i18n/index.js';
import { NeedMergeModal } from './NeedMergeModal.js';
import { NeedTransitionModal, type ModalTransition } from './NeedTransitionModal.js';
import { TRANSITION_LABELS } from './transitionLabels.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';

export interface NeedActionsProps {
  need: NeedDetail;
  canManage: boolean;
  onEdit: () => void;
  onReload: () => void;
}

/** Edit, merge and the status moves the API says are allowed now. */
export function NeedActions({ need, canManage, onEdit, onReload }: NeedActionsProps) {
  const t = useT();
  const [action, setAction] = useState<ModalTransition | null>(null);
  const [merging, setMerging] = useState(false);
  const moves = need.availableTransitions.filter((move): move is ModalTransition => move !== 'merge');

  return (
    <Space wrap>
      {moves.map((move) => (
        <Button
          key={move}
          danger={move === 'reject'}
          type={move === 'screen' || move === 'link' ? 'primary' : 'default'}
          onClick={() => setAction(move)}
          data-testid={`need-transition-${move}`}
        >
          {t(TRANSITION_LABELS[move])}
        </Button>
      ))}
      {canManage && canReceiveMerge(need.status) && (
        <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)} data-testid="need-merge">
          {t('needs.merge.button')}
        </Button>
      )}
      {canManage && (
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="need-edit">
          {t('common.edit')}
        </Button>
      )}
      {action && (
        <NeedTransitionModal
          need={need}
          action={action}
          onClose={() => setAction(null)}
          onReload={onReload}
        />
      )}
      {merging && <NeedMergeModal need={need} onClose={() => setMerging(false)} onReload={onReload} />}
    </Space>
  );
}
