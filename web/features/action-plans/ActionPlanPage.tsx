import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Input, Modal, Row, Space, Spin, Tag } from 'antd';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  ACTION_PLAN_STATUSES,
  ACTION_PLAN_STATUS_LABELS,
  isActionPlanApproved,
  type EntryClass,
} from '../../../domain/action-plans/action-plan.js';
import { moveOnBoard } from '../../../domain/action-plans/board-order.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCan } from '../../app/auth/hooks.js';
import { fiscalYearText } from '../../../domain/thai/be-year.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ApprovalActions } from '../approvals/ApprovalActions.js';
import { ApprovalHistory } from '../approvals/ApprovalHistory.js';
import { ApprovalSteps } from '../approvals/ApprovalSteps.js';
import { AddEntryPanel } from './AddEntryPanel.js';
import { useBoard, useInvalidateActionPlans, useReorder, useRevise, useTransition } from './api.js';
import { BoardColumn } from './BoardColumn.js';
import { columnsOf, orderOf } from './board-moves.js';
import { CeilingGauge } from './CeilingGauge.js';
import { RevisionPanel } from './RevisionPanel.js';

const COLUMNS: EntryClass[] = ['within', 'above', 'administration', 'noted'];

/** The action-plan board: columns to rank by drag and drop, the ceiling gauge, approval and revision. */
export function ActionPlanPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const { actionPlanId } = useParams({ from: '/app/action-plans/$actionPlanId' });
  const board = useBoard(actionPlanId);
  const reorder = useReorder(actionPlanId);
  const transition = useTransition(actionPlanId);
  const revise = useRevise(actionPlanId);
  const invalidate = useInvalidateActionPlans();
  const handleApiError = useApiErrorHandler();
  const canEditRole = useCan('action_plan.edit');
  const [revising, setRevising] = useState(false);
  const [revisionReason, setRevisionReason] = useState('');

  if (!board.data) {
    return board.isError ? <Alert type="error" showIcon title={t('actionPlans.loadError')} /> : <Spin />;
  }
  const detail = board.data;
  const { plan } = detail;
  const columns = columnsOf(detail.entries);
  const move = (entryId: string, target: EntryClass, index: number) =>
    reorder.mutate(
      { ...moveOnBoard(orderOf(columns), entryId, target, index), version: plan.version },
      { onError: (error) => handleApiError(error, { onReload: () => void invalidate() }) },
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/action-plans" activeOptions={{ exact: true }}>
        <ArrowLeftOutlined /> {t('actionPlans.backToList')}
      </Link>
      <PageTitle
        title={t('actionPlans.boardTitle', {
          unit: plan.budgetUnit,
          year: fiscalYearText(plan.fiscalYear, lang),
          no: plan.versionNo,
        })}
        extra={
          <Space>
            <Tag
              color={plan.status === 'draft' ? 'gold' : 'green'}
              icon={plan.status === 'draft' ? undefined : <LockOutlined />}
              data-testid="action-plan-status"
              data-status={plan.status}
            >
              {ACTION_PLAN_STATUS_LABELS[plan.status][lang]}
            </Tag>
          </Space>
        }
      />
      {plan.status !== 'draft' && (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t('actionPlans.locked')}
          data-testid="action-plan-locked"
          action={
            isActionPlanApproved(plan.status) && canEditRole ? (
              <Button onClick={() => setRevising(true)} data-testid="start-revision">
                {t('actionPlans.revise')}
              </Button>
            ) : undefined
          }
        />
      )}
      <CeilingGauge totals={detail.totals} />
      {detail.canEdit && <AddEntryPanel planId={plan.id} />}
      <Row gutter={[12, 12]}>
        {COLUMNS.map((entryClass) => (
          <Col key={entryClass} xs={24} lg={12} xxl={6}>
            <BoardColumn
              entryClass={entryClass}
              entries={columns[entryClass]}
              editable={detail.canEdit}
              onMove={move}
            />
          </Col>
        ))}
      </Row>
      <RevisionPanel board={detail} />
      <Card size="small" title={t('plans.approval.chain')}>
        <ApprovalSteps
          statuses={ACTION_PLAN_STATUSES}
          statusLabels={ACTION_PLAN_STATUS_LABELS}
          status={plan.status}
          events={detail.approvals}
        />
      </Card>
      <Card size="small" title={t('plans.approval.actions')}>
        <ApprovalActions
          actions={detail.availableActions}
          pending={transition.isPending}
          onReload={() => void invalidate()}
          forwardWarning={detail.totals.overCeiling ? t('actionPlans.overCeilingWarning') : null}
          send={(body, callbacks) => transition.mutate({ version: plan.version, body }, callbacks)}
        />
      </Card>
      <Card size="small" title={t('plans.approval.history')}>
        <ApprovalHistory events={detail.approvals} statusLabels={ACTION_PLAN_STATUS_LABELS} />
      </Card>
      <Modal
        open={revising}
        title={t('actionPlans.revise')}
        onCancel={() => setRevising(false)}
        okButtonProps={{ disabled: revisionReason.trim() === '', loading: revise.isPending }}
        onOk={() =>
          revise.mutate(revisionReason.trim(), {
            onSuccess: (created) => {
              setRevising(false);
              void message.success(t('actionPlans.revisionStarted', { no: created.versionNo }));
            },
            onError: (error) => handleApiError(error),
          })
        }
      >
        <Input.TextArea
          rows={3}
          aria-label={t('actionPlans.revisionReason')}
          placeholder={t('actionPlans.revisionReason')}
          value={revisionReason}
          onChange={(event) => setRevisionReason(event.target.value)}
        />
      </Modal>
    </Space>
  );
}
