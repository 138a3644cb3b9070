import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, Card, Space, Spin, Table } from 'antd';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { useCan } from '../../app/auth/hooks.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useProject } from '../projects/api.js';
import { useAssetProposals } from './api.js';
import { useAssetColumns } from './assetColumns.js';
import { ProposalsForm } from './ProposalsForm.js';

/**
 * A delivered project's assets: those registered, and the form that registers what its record
 * proposes (cost, place and receiver come from the project, so nothing is typed twice).
 */
export function RegisterAssetsPage() {
  const t = useT();
  const { projectId } = useParams({ from: '/app/projects/$projectId/assets' });
  const proposals = useAssetProposals(projectId);
  const project = useProject(projectId);
  const canManage = useCan('asset.manage');
  const columns = useAssetColumns();
  if (!proposals.data) {
    return proposals.isError ? (
      <RecordLoadError error={proposals.error} onRetry={() => void proposals.refetch()} listPath="/assets" />
    ) : (
      <Spin />
    );
  }
  const data = proposals.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/projects/$projectId" params={{ projectId }}>
        <ArrowLeftOutlined /> {t('progress.backToProject')}
      </Link>
      <PageTitle title={t('assetForms.register.title', { code: data.projectCode })} />
      {!data.deliverable ? (
        <Alert type="info" showIcon title={t('assetForms.register.notDelivered')} />
      ) : null}
      {data.deliverable && canManage && data.proposals.length > 0 && project.data ? (
        <Card size="small" title={t('assetForms.register.proposed')}>
          <ProposalsForm
            key={data.proposals.length}
            projectId={projectId}
            proposals={data.proposals}
            fallbackAreaCode={project.data.provinceCode}
          />
        </Card>
      ) : null}
      <Card size="small" title={t('assetForms.register.registered')}>
        <Table<Asset>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.registered}
          data-testid="registered-assets"
          locale={{ emptyText: t('assetForms.register.none') }}
          columns={[
            columns.code,
            columns.description,
            columns.type,
            columns.value,
            columns.custodian,
            columns.status,
          ]}
        />
      </Card>
    </Space>
  );
}
