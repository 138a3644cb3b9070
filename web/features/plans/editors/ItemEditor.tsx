import { App, Col, Divider, Form, Input, Row, Select } from 'antd';
import { useMemo } from 'react';
import {
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  periodYears,
  type FundingSource,
} from '../../../../domain/plans/plan.js';
import { itemUpdateSchema } from '../../../../domain/plans/plan-children-input.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { AreaTreeSelect } from '../../../components/AreaTreeSelect.js';
import { zodFormErrors, zodRule } from '../../../components/zodRule.js';
import { AgencySelect } from '../../agencies/AgencySelect.js';
import { AlignmentLinksEditor } from '../alignment/AlignmentLinksEditor.js';
import { linksSignature, toLinkInput } from '../alignment/linkView.js';
import type { PlanNodeRef } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import type { AlignmentLinkView } from '../../../../domain/plans/tree.js';
import { BudgetGrid } from './BudgetGrid.js';
import { bahtToBudgets, budgetsSignature, budgetsToBaht } from './budgetGrid.js';
import { ClusterRuleNotice } from './ClusterRuleNotice.js';
import { EditorCard } from './EditorCard.js';
import { NeedsPicker } from './NeedsPicker.js';
import { approachOptions, kpiOptions } from './parentOptions.js';
import { useNodeActions } from './useNodeActions.js';

export interface ItemEditorProps {
  tree: VersionTree;
  entry: Extract<PlanNodeRef, { kind: 'item' }>;
  onDeleted: () => void;
}

interface ItemValues {
  title: string;
  description: string | null;
  fundingSource: FundingSource;
  agencyId: string | null;
  agencyName: string | null;
  benefitNote: string | null;
  areaCodes: string[];
  kpiIds: string[];
  needIds: string[];
  budgets: Record<number, string | null>;
  alignment: AlignmentLinkView[];
  approachId: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));
const text = (value: string | null | undefined) => value?.trim() || null;

/** A project-set item (รายการชุดโครงการ): funding, yearly budgets, areas, KPIs, needs and alignment. */
export function ItemEditor({ tree, entry, onDeleted }: ItemEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const item = entry.node;
  const { saveBody, deleteNode, saving, deleting } = useNodeActions('item', item);
  const [form] = Form.useForm<ItemValues>();
  const canEdit = tree.canEdit;
  const { plan } = tree;
  const rule = (field: keyof typeof itemUpdateSchema.shape) => [zodRule(itemUpdateSchema, field, lang)];
  const years = useMemo(() => {
    const all = new Set([
      ...periodYears(plan.periodStart, plan.periodEnd),
      ...item.budgets.map((budget) => budget.fiscalYear),
    ]);
    return [...all].sort((a, b) => a - b);
  }, [item.budgets, plan.periodEnd, plan.periodStart]);

  const handleFinish = (values: ItemValues) => {
    const budgets = bahtToBudgets(values.budgets);
    const body: Record<string, unknown> = {
      title: values.title.trim(),
      description: text(values.description),
      fundingSource: values.fundingSource,
      agencyId: values.agencyId ?? null,
      agencyName: text(values.agencyName),
      benefitNote: text(values.benefitNote),
      ...(values.approachId !== item.approachId ? { approachId: values.approachId } : {}),
      ...(sameSet(values.areaCodes, item.areaCodes) ? {} : { areaCodes: values.areaCodes }),
      ...(sameSet(values.kpiIds, item.kpiIds) ? {} : { kpiIds: values.kpiIds }),
      ...(sameSet(values.needIds, item.needIds) ? {} : { needIds: values.needIds }),
      ...(budgetsSignature(budgets) === budgetsSignature(item.budgets) ? {} : { budgets }),
      ...(linksSignature(values.alignment) === linksSignature(item.alignment)
        ? {}
        : { alignment: toLinkInput(values.alignment) }),
    };
    const problems = zodFormErrors(itemUpdateSchema, body, lang);
    if (problems.length > 0) {
      void message.error(problems.flatMap((problem) => problem.errors).join(' '));
      return;
    }
    void saveBody(body, form);
  };

  return (
    <EditorCard
      title={t('plans.kind.itemNumbered', { number: entry.number })}
      canEdit={canEdit}
      saving={saving}
      deleting={deleting}
      onSave={() => form.submit()}
      onDelete={() => deleteNode(onDeleted)}
      deleteWarning={t('plans.confirmDelete.item')}
    >
      <ClusterRuleNotice item={item} />
      <Form<ItemValues>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{ ...item, budgets: budgetsToBaht(item.budgets) }}
        onFinish={handleFinish}
      >
        <Form.Item name="title" label={t('plans.field.itemTitle')} required rules={rule('title')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="plan-node-title" />
        </Form.Item>
        <Form.Item name="description" label={t('plans.field.description')} rules={rule('description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item
              name="fundingSource"
              label={t('plans.field.fundingSource')}
              required
              rules={rule('fundingSource')}
            >
              <Select
                options={FUNDING_SOURCES.map((value) => ({
                  value,
                  label: FUNDING_SOURCE_LABELS[value][lang],
                }))}
                data-testid="plan-item-funding"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="agencyId" label={t('plans.field.agency')} rules={rule('agencyId')}>
              <AgencySelect placeholder={t('agencies.searchPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="agencyName"
          label={t('plans.field.agencyName')}
          extra={t('plans.item.agencyNameHint')}
          rules={rule('agencyName')}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Divider titlePlacement="start">{t('plans.item.budgets')}</Divider>
        <Form.Item name="budgets" noStyle>
          <BudgetGrid years={years} disabled={!canEdit} />
        </Form.Item>
        <Divider titlePlacement="start">{t('plans.item.where')}</Divider>
        <Form.Item name="areaCodes" label={t('plans.field.areas')} extra={t('plans.item.areasHint')}>
          <AreaTreeSelect
            multiple
            placeholder={t('plans.item.areasPlaceholder')}
            testId="plan-item-areas"
            disabled={!canEdit}
          />
        </Form.Item>
        {plan.scope === 'cluster' && (
          <Form.Item
            name="benefitNote"
            label={t('plans.field.benefitNote')}
            extra={t('plans.item.benefitHint')}
            rules={rule('benefitNote')}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="plan-item-benefit" />
          </Form.Item>
        )}
        <Form.Item name="kpiIds" label={t('plans.field.kpis')}>
          <Select
            mode="multiple"
            options={kpiOptions(tree, t)}
            optionFilterProp="label"
            placeholder={t('plans.item.kpisPlaceholder')}
            data-testid="plan-item-kpis"
          />
        </Form.Item>
        <Form.Item name="needIds" label={t('plans.field.needs')} extra={t('plans.item.needsHint')}>
          <NeedsPicker
            areaCode={plan.scope === 'province' ? plan.provinceCode : undefined}
            disabled={!canEdit}
          />
        </Form.Item>
        <Form.Item name="approachId" label={t('plans.field.approach')}>
          <Select options={approachOptions(tree, t)} />
        </Form.Item>
        <Divider titlePlacement="start">{t('plans.field.alignment')}</Divider>
        <Form.Item name="alignment" noStyle>
          <AlignmentLinksEditor primary disabled={!canEdit} testId="plan-item-alignment" />
        </Form.Item>
      </Form>
    </EditorCard>
  );
}
