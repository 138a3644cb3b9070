import { Col, Form, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Project } from '../../../domain/projects/project-response.js';
import { useT } from '../../app/i18n/index.js';
import { usePlans, useVersionTree } from '../plans/api.js';

/**
 * The golden thread: the plan's project-set item the project comes from, its issue and the KPIs it
 * serves, picked from a plan covering the project's province (scoped again by the API). Choosing an
 * item fills its issue and approach (the approach is held in the form's store, not shown). Needs and national alignment are kept as the record has them.
 */
export function LinksField({ project }: { project: Project }) {
  const t = useT();
  const form = Form.useFormInstance();
  const plans = usePlans({ scope: project.scope, provinceCode: project.provinceCode, limit: 100, offset: 0 });
  const withVersion = (plans.data?.items ?? []).filter((plan) => plan.latestVersion);
  const [chosenPlanId, setPlanId] = useState<string>();
  const plan = withVersion.find((candidate) => candidate.id === chosenPlanId) ?? withVersion[0];
  const tree = useVersionTree(plan?.latestVersion?.id);
  const options = useMemo(() => {
    const issues = tree.data?.issues ?? [];
    return {
      issues: issues.map((issue) => ({ value: issue.id, label: issue.title })),
      items: issues.flatMap((issue) =>
        issue.approaches.flatMap((approach) =>
          approach.items.map((item) => ({
            value: item.id,
            label: `${item.title} (${approach.title})`,
            approachId: approach.id,
            issueId: issue.id,
          })),
        ),
      ),
      kpis: issues.flatMap((issue) =>
        issue.objectives.flatMap((objective) =>
          objective.kpis.map((kpi) => ({ value: kpi.id, label: `${kpi.name} (${kpi.unit})` })),
        ),
      ),
    };
  }, [tree.data]);
  const pickItem = (itemId: string | undefined) => {
    const item = options.items.find((option) => option.value === itemId);
    if (item) {
      form.setFieldsValue({ planApproachId: item.approachId, planIssueId: item.issueId });
    } else {
      form.setFieldsValue({ planApproachId: null });
    }
  };
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t('projectForm.plan')}>
            <Select
              aria-label={t('projectForm.plan')}
              loading={plans.isPending}
              value={plan?.id}
              onChange={setPlanId}
              options={withVersion.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="planIssueId" label={t('projectForm.planIssue')}>
            <Select allowClear loading={tree.isFetching} options={options.issues} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="planItemId" label={t('projectForm.planItem')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={tree.isFetching}
          options={options.items}
          onChange={pickItem}
          data-testid="project-plan-item"
        />
      </Form.Item>
      <Form.Item name="kpiIds" label={t('projectForm.kpis')}>
        <Select
          mode="multiple"
          allowClear
          loading={tree.isFetching}
          options={options.kpis}
          data-testid="project-kpis"
        />
      </Form.Item>
      <Typography.Text type="secondary">
        {t('projectForm.keptLinks', {
          needs: project.links.needIds.length,
          alignment: project.links.alignment.length,
        })}
      </Typography.Text>
    </>
  );
}
