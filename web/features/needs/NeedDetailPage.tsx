import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../../app/auth/hooks.js';
import { useT } from '../../app/i18n/index.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useNeed } from './api.js';
import { NeedActions } from './NeedActions.js';
import { NeedEvidenceCard } from '../indicators/NeedEvidenceCard.js';
import { NeedAttachmentsCard } from './NeedAttachmentsCard.js';
import { NeedAuditTrail } from './NeedAuditTrail.js';
import { NeedDrawer } from './NeedDrawer.js';
import { NeedFactsCard } from './NeedFactsCard.js';
import { NeedOutcomeCard } from './NeedOutcomeCard.js';
import { NeedSourcesCard } from './NeedSourcesCard.js';
import { NeedStatusTag } from './NeedStatusTag.js';
import { useCaptureCovers } from './useCaptureCovers.js';

/** One need: its facts, sources, outcome, allowed moves and history. */
export function NeedDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { needId } = useParams({ from: '/app/needs/$needId' });
  const need = useNeed(needId);
  const canManageAny = useCan('need.manage');
  const captures = useCaptureCovers();
  const [editing, setEditing] = useState(false);

  if (need.isPending) {
    return (
      <div className="full-page-center" style={{ minHeight: 320 }}>
        <Spin size="large" />
      </div>
    );
  }
  if (need.isError) {
    return <RecordLoadError error={need.error} onRetry={() => void need.refetch()} listPath="/needs" />;
  }
  const data = need.data;
  // Merged needs are read-only; the rest may be changed by holders of need.manage over their area.
  const canManage = canManageAny && data.status !== 'merged' && captures(data.areaCode);

  const handleReload = () => {
    void need.refetch();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/needs">
        <ArrowLeftOutlined /> {t('needs.backToList')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={12} className="page-title">
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Typography.Text type="secondary" data-testid="need-reference">
            {data.referenceNo}
          </Typography.Text>{' '}
          <NeedStatusTag status={data.status} testId="need-status" />
          {data.isDemo && <Tag>{t('needs.demo')}</Tag>}
          <Typography.Title level={1} style={{ margin: '4px 0 0' }} data-testid="need-detail-title">
            {data.title}
          </Typography.Title>
        </div>
        <NeedActions
          need={data}
          canManage={canManage}
          onEdit={() => setEditing(true)}
          onReload={handleReload}
        />
      </Flex>
      {data.status === 'merged' && data.outcome.mergedInto && (
        <Alert
          type="info"
          showIcon
          title={t('needs.mergedNotice', { referenceNo: data.outcome.mergedInto.referenceNo })}
          action={
            <Button
              size="small"
              onClick={() =>
                void navigate({
                  to: '/needs/$needId',
                  params: { needId: data.outcome.mergedInto?.id ?? data.id },
                })
              }
            >
              {t('needs.openTarget')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <NeedFactsCard need={data} />
            <NeedSourcesCard need={data} />
            <NeedAttachmentsCard need={data} canManage={canManage} />
            <NeedEvidenceCard needId={data.id} areaCode={data.areaCode} canManage={canManage} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <NeedOutcomeCard need={data} />
            <NeedAuditTrail entries={data.audit} />
          </Space>
        </Col>
      </Row>
      {editing && (
        <NeedDrawer
          key={`${data.id}:${data.version}`}
          need={data}
          onClose={() => setEditing(false)}
          onSaved={(id) => {
            setEditing(false);
            if (id !== data.id) {
              void navigate({ to: '/needs/$needId', params: { needId: id } });
            }
          }}
          onReload={handleReload}
        />
      )}
    </Space>
  );
}
