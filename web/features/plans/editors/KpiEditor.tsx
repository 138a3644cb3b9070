import { App, Col, Divider, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  KPI_DIRECTIONS,
  KPI_ROLLUPS,
  periodYears,
  type KpiDirection,
  type KpiRollup,
} from '../../../../domain/plans/plan.js';
import { kpiUpdateSchema } from '../../../../domain/plans/plan-children-input.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { blankToUndefined, zodRule } from '../../../components/zodRule.js';
import { groupedNumber, plainNumber } from '../../../components/numberInput.js';
import { AlignmentLinksEditor } from '../alignment/AlignmentLinksEditor.js';
import { linksSignature, toLinkInput } from '../alignment/linkView.js';
import { usePutTargets } from '../node-mutations.js';
import type { PlanNodeRef } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import type { AlignmentLinkView } from '../../../../domain/plans/tree.js';
import { EditorCard } from './EditorCard.js';
import { DIRECTION_LABELS, ROLLUP_LABELS } from './kpiLabels.js';
import { KpiTargetGrid } from './KpiTargetGrid.js';
import { objectiveOptions } from './parentOptions.js';
import {
  invalidCells,
  rowsToTargets,
  targetsSignature,
  targetsToRows,
  type TargetRow,
} from './targetGrid.js';
import { useNodeActions } from './useNodeActions.js';

export interface KpiEditorProps {
  tree: VersionTree;
  entry: Extract<PlanNodeRef, { kind: 'kpi' }>;
  onDeleted: () => void;
}

interface KpiValues {
  name: string;
  unit: string;
  baselineValue: string | null;
  baselineYear: number | null;
  direction: KpiDirection;
  rollup: KpiRollup;
  dataSource: string | null;
  objectiveId: string;
  alignment: AlignmentLinkView[];
}

/** A KPI: its definition, alignment and the yearly target grid; one save sends what changed. */
export function KpiEditor({ tree, entry, onDeleted }: KpiEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const kpi = entry.node;
  const { saveBody, deleteNode, saving, deleting, reload, handleApiError } = useNodeActions('kpi', kpi);
  const putTargets = usePutTargets();
  const [form] = Form.useForm<KpiValues>();
  const [rows, setRows] = useState<TargetRow[]>(() => targetsToRows(kpi.targets));
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const canEdit = tree.canEdit;
  const { plan } = tree;
  const rule = (field: keyof typeof kpiUpdateSchema.shape) => [zodRule(kpiUpdateSchema, field, lang)];

  const years = useMemo(() => {
    const all = new Set([
      ...periodYears(plan.periodStart, plan.periodEnd),
      ...kpi.targets.map((target) => target.fiscalYear),
    ]);
    return [...all].sort((a, b) => a - b);
  }, [kpi.targets, plan.periodEnd, plan.periodStart]);

  const handleFinish = async (values: KpiValues) => {
    const targets = rowsToTargets(rows, years);
    const bad = invalidCells(targets);
    setInvalid(bad);
    if (bad.size > 0) {
      void message.error(t('plans.targets.invalid'));
      return;
    }
    const body: Record<string, unknown> = {
      name: values.name.trim(),
      unit: values.unit.trim(),
      baselineValue: blankToUndefined(values.baselineValue) ?? null,
      baselineYear: values.baselineYear ?? null,
      direction: values.direction,
      rollup: values.rollup,
      dataSource: values.dataSource?.trim() || null,
      ...(values.objectiveId !== kpi.objectiveId ? { objectiveId: values.objectiveId } : {}),
      ...(linksSignature(values.alignment) !== linksSignature(kpi.alignment)
        ? { alignment: toLinkInput(values.alignment) }
        : {}),
    };
    const saved = await saveBody(body, form, true);
    if (!saved) {
      return;
    }
    if (targetsSignature(targets) !== targetsSignature(kpi.targets)) {
      try {
        await putTargets.mutateAsync({ kpiId: kpi.id, version: saved.version, targets });
      } catch (error) {
        handleApiError(error, { onReload: reload });
        return;
      }
    }
    void message.success(t('plans.saved'));
  };

  return (
    <EditorCard
      title={t('plans.kind.kpiNumbered', { number: entry.number })}
      canEdit={canEdit}
      saving={saving || putTargets.isPending}
      deleting={deleting}
      onSave={() => form.submit()}
      onDelete={() => deleteNode(onDeleted)}
      deleteWarning={t('plans.confirmDelete.kpi')}
    >
      <Form<KpiValues>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{ ...kpi, alignment: kpi.alignment }}
        onFinish={(values) => void handleFinish(values)}
      >
        <Form.Item name="name" label={t('plans.field.kpiName')} required rules={rule('name')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="plan-node-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="unit" label={t('plans.field.unit')} required rules={rule('unit')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="baselineValue"
              label={t('plans.field.baselineValue')}
              rules={rule('baselineValue')}
            >
              <InputNumber<string>
                stringMode
                formatter={groupedNumber}
                parser={plainNumber}
                inputMode="decimal"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="baselineYear" label={t('plans.field.baselineYear')} rules={rule('baselineYear')}>
              <InputNumber min={2500} max={2700} precision={0} style={{ width: '100%' }} placeholder="2565" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="direction" label={t('plans.field.direction')} rules={rule('direction')}>
              <Select
                options={KPI_DIRECTIONS.map((value) => ({ value, label: t(DIRECTION_LABELS[value]) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="rollup" label={t('plans.field.rollup')} rules={rule('rollup')}>
              <Select options={KPI_ROLLUPS.map((value) => ({ value, label: t(ROLLUP_LABELS[value]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="dataSource" label={t('plans.field.dataSource')} rules={rule('dataSource')}>
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="objectiveId" label={t('plans.field.objective')}>
          <Select options={objectiveOptions(tree, t)} />
        </Form.Item>
        <Divider titlePlacement="start">{t('plans.targets.title')}</Divider>
        <KpiTargetGrid
          years={years}
          value={rows}
          onChange={setRows}
          planAreaLabel={
            plan.scope === 'cluster' ? t('plans.targets.wholeCluster') : t('plans.targets.wholeProvince')
          }
          excludedAreas={plan.scope === 'province' ? [plan.provinceCode] : []}
          invalid={invalid}
          unit={kpi.unit}
          disabled={!canEdit}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('plans.targets.hint')}
        </Typography.Paragraph>
        <Divider titlePlacement="start">{t('plans.field.alignment')}</Divider>
        <Form.Item name="alignment" noStyle>
          <AlignmentLinksEditor disabled={!canEdit} testId="plan-kpi-alignment" />
        </Form.Item>
      </Form>
    </EditorCard>
  );
}
