import { Flex, Select, Space, Tag, Typography } from 'antd';
import { useAreas, useClusters } from '../../app/api/reference.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { CreateReviewButton } from './CreateReviewButton.js';
import { versionLabel } from './labels.js';
import { bePeriodText } from '../../../domain/thai/index.js';
import { PlanPdfButton } from './outputs/PlanPdfButton.js';
import { PlanStatusTag } from './PlanStatusTag.js';
import type { PlanDetail, VersionTree } from '../../../domain/plans/responses.js';
import { usePlanView } from './usePlanView.js';

export interface PlanHeaderProps {
  plan: PlanDetail;
  tree: VersionTree | undefined;
  versionId: string | undefined;
}

/** Title, area and period of the plan; the version picker with its status; review and PDF buttons. */
export function PlanHeader({ plan, tree, versionId }: PlanHeaderProps) {
  const t = useT();
  const { lang } = useLang();
  const { update } = usePlanView();
  const provinces = useAreas({ level: 'province', limit: 100 });
  const clusters = useClusters();
  const province = provinces.data?.items.find((area) => area.code === plan.provinceCode);
  const cluster = clusters.data?.items.find((item) => item.id === plan.clusterId);
  const areaName =
    plan.scope === 'cluster'
      ? cluster && (lang === 'en' ? cluster.nameEn : cluster.nameTh)
      : province && (lang === 'en' && province.nameEn ? province.nameEn : province.nameTh);
  const current = plan.versions.find((version) => version.id === versionId);

  const options = [...plan.versions].reverse().map((version) => ({
    value: version.id,
    label: versionLabel(version, t, lang),
    status: version.status,
  }));

  return (
    <div className="page-title">
      <Typography.Title level={1} style={{ margin: 0 }} data-testid="plan-title">
        {plan.title}
      </Typography.Title>
      <Space size={6} wrap style={{ marginTop: 4 }}>
        <Tag color={plan.scope === 'cluster' ? 'purple' : 'blue'}>{t(`plans.scope.${plan.scope}`)}</Tag>
        {areaName && <Typography.Text>{areaName}</Typography.Text>}
        <Typography.Text type="secondary">
          {t('plans.periodText', { period: bePeriodText(plan.periodStart, plan.periodEnd, lang) })}
        </Typography.Text>
        {plan.isDemo && <Tag>{t('needs.demo')}</Tag>}
      </Space>
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginTop: 12 }}>
        <Space wrap size={8}>
          <Typography.Text>{t('plans.version.label')}</Typography.Text>
          <Select
            aria-label={t('plans.version.label')}
            value={versionId}
            onChange={(id) => update({ version: id, node: undefined })}
            options={options}
            optionRender={(option) => (
              <Space size={6}>
                <span>{option.data.label}</span>
                <PlanStatusTag status={option.data.status} scope={plan.scope} />
              </Space>
            )}
            popupMatchSelectWidth={false}
            style={{ minWidth: 260 }}
            data-testid="plan-version-select"
          />
          {current && (
            <PlanStatusTag
              status={tree?.version.status ?? current.status}
              scope={plan.scope}
              testId="plan-version-status"
            />
          )}
        </Space>
        <Space wrap size={8}>
          <CreateReviewButton plan={plan} />
          {tree && <PlanPdfButton tree={tree} />}
        </Space>
      </Flex>
    </div>
  );
}
