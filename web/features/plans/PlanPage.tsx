import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Badge, Card, Space, Spin, Tabs } from 'antd';
import { Link } from '@tanstack/react-router';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { usePlan, useVersionTree } from './api.js';
import { ApprovalPanel } from './approval/ApprovalPanel.js';
import { DevelopmentDataEditor } from './data/DevelopmentDataEditor.js';
import { PlanHeader } from './PlanHeader.js';
import { PlanOutputs } from './outputs/PlanOutputs.js';
import { ReviewDiff } from './review/ReviewDiff.js';
import type { PlanTab } from './search.js';
import { PlanStructure } from './tree/PlanStructure.js';
import { usePlanView } from './usePlanView.js';
import { VersionLockNotice } from './VersionLockNotice.js';
import { RegulationsPanel } from '../regulations/RegulationsPanel.js';

/** One plan: version selector, the editable tree, development data, review changes and approval. */
export function PlanPage() {
  const t = useT();
  const { lang } = useLang();
  const { planId, search, update } = usePlanView();
  const plan = usePlan(planId);
  const versionId = search.version ?? plan.data?.latestVersion?.id;
  const tree = useVersionTree(versionId);

  if (plan.isPending) {
    return (
      <div className="full-page-center" style={{ minHeight: 320 }}>
        <Spin size="large" />
      </div>
    );
  }
  if (plan.isError) {
    return <Alert type="error" showIcon title={apiErrorText(plan.error, lang, t('error.network'))} />;
  }

  const data = tree.data && tree.data.version.id === versionId ? tree.data : undefined;
  const tab: PlanTab = search.tab ?? 'structure';
  const problems = data?.readiness.problems.length ?? 0;
  const isReview = Boolean(data?.version.basedOnVersionId);

  const items = data
    ? [
        { key: 'structure', label: t('plans.tab.structure'), children: <PlanStructure tree={data} /> },
        {
          key: 'data',
          label: t('plans.tab.data'),
          children: <DevelopmentDataEditor key={`${data.version.id}:${data.version.version}`} tree={data} />,
        },
        ...(isReview
          ? [
              {
                key: 'changes',
                label: (
                  <Badge count={data.changeSummary?.unexplained ?? 0} size="small" offset={[8, -2]}>
                    {t('plans.tab.changes')}
                  </Badge>
                ),
                children: <ReviewDiff tree={data} />,
              },
            ]
          : []),
        {
          key: 'approval',
          label: (
            <Badge
              count={problems}
              size="small"
              offset={[8, -2]}
              color={data.version.status === 'draft' ? 'red' : 'gray'}
            >
              {t('plans.tab.approval')}
            </Badge>
          ),
          children: <ApprovalPanel tree={data} />,
        },
        { key: 'outputs', label: t('plans.tab.outputs'), children: <PlanOutputs tree={data} /> },
      ]
    : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/plans">
        <ArrowLeftOutlined /> {t('plans.backToList')}
      </Link>
      <PlanHeader plan={plan.data} tree={data} versionId={versionId} />
      {tree.isError && (
        <Alert type="error" showIcon title={apiErrorText(tree.error, lang, t('error.network'))} />
      )}
      {data && <VersionLockNotice tree={data} />}
      <RegulationsPanel targetKind="step" targetKey={isReview ? 'plan_review' : 'plan_drafting'} />
      <Card>
        {data ? (
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ tab: key === 'structure' ? undefined : (key as PlanTab) }, true)}
            items={items}
            destroyOnHidden
          />
        ) : (
          <div className="full-page-center" style={{ minHeight: 240 }}>
            <Spin />
          </div>
        )}
      </Card>
    </Space>
  );
}
