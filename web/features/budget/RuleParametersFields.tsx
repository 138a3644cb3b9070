import { Form, InputNumber, Select, Switch } from 'antd';
import type { RuleKind } from '../../../domain/projects/rules/rule-kinds.js';
import {
  PROJECT_CATEGORIES,
  PROJECT_CATEGORY_LABELS,
  READINESS_ITEM_LABELS,
  READINESS_ITEMS,
} from '../../../domain/projects/project.js';
import { useLang, useT } from '../../app/i18n/index.js';

/** The parameters of one rule, as fields for its kind (kinds without parameters show none). */
export function RuleParametersFields({ index, kind }: { index: number; kind: RuleKind | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const field = (name: string) => [index, 'parameters', name];
  type CountName = 'minKpis' | 'minProvinces' | 'minBenefitNoteLength' | 'maxPercentOfCeiling';
  const count = (name: CountName, min: number, max: number) => (
    <Form.Item name={field(name)} label={t(`budget.ruleForm.param.${name}`)}>
      <InputNumber min={min} max={max} precision={0} />
    </Form.Item>
  );
  switch (kind) {
    case 'plan_link':
      return count('minKpis', 0, 20);
    case 'cluster_coverage':
      return (
        <>
          {count('minProvinces', 2, 20)}
          {count('minBenefitNoteLength', 0, 500)}
        </>
      );
    case 'within_ceiling':
      return count('maxPercentOfCeiling', 1, 200);
    case 'readiness_complete':
      return (
        <>
          <Form.Item name={field('requiredItems')} label={t('budget.ruleForm.param.requiredItems')}>
            <Select
              mode="multiple"
              options={READINESS_ITEMS.map((value) => ({ value, label: READINESS_ITEM_LABELS[value][lang] }))}
            />
          </Form.Item>
          <Form.Item
            name={field('requireEvidence')}
            label={t('budget.ruleForm.param.requireEvidence')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </>
      );
    case 'negative_list':
      return (
        <>
          <Form.Item name={field('categories')} label={t('budget.ruleForm.param.categories')}>
            <Select
              mode="multiple"
              options={PROJECT_CATEGORIES.map((value) => ({
                value,
                label: PROJECT_CATEGORY_LABELS[value][lang],
              }))}
            />
          </Form.Item>
          <Form.Item name={field('titleKeywords')} label={t('budget.ruleForm.param.titleKeywords')}>
            <Select mode="tags" open={false} tokenSeparators={[',']} />
          </Form.Item>
        </>
      );
    default:
      return null;
  }
}
