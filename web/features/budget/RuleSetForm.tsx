import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Space } from 'antd';
import { RULE_PARAMETER_DEFAULTS } from '../../../domain/projects/rules/rule-kinds.js';
import { ruleSetUpdateSchema, type Rule, type RuleSet } from '../../../domain/projects/rules/rule-set.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { setFieldErrors, zodFormErrors } from '../../components/zodRule.js';
import { RuleFields } from './RuleFields.js';
import { usePublishRuleSet, useSaveRuleSet } from './ruleSetMutations.js';

const blank = { th: '', en: '' };
const NEW_RULE: Rule = {
  key: '',
  kind: 'plan_link',
  severity: 'blocking',
  parameters: RULE_PARAMETER_DEFAULTS.plan_link,
  label: blank,
  explanation: { pass: blank, fail: blank },
  citation: { source: '', sourceEn: null, clause: null, date: null, url: null, verified: false },
};

const orNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Optional citation parts left empty are "not known" (null), as the contract says, not empty text. */
function normalised(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => ({
    ...rule,
    citation: {
      ...rule.citation,
      sourceEn: orNull(rule.citation.sourceEn),
      clause: orNull(rule.citation.clause),
      date: orNull(rule.citation.date),
      url: orNull(rule.citation.url),
    },
  }));
}

/** A draft rule set edited as a form over the rule-set contract, checked by it before it is sent. */
export function RuleSetForm({ ruleSet, onReload }: { ruleSet: RuleSet; onReload: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const save = useSaveRuleSet();
  const publish = usePublishRuleSet();
  const [form] = Form.useForm<{ rules: Rule[] }>();
  const onSave = () => {
    const { rules } = form.getFieldsValue(true) as { rules: Rule[] };
    const body = { title: ruleSet.title, note: ruleSet.note, rules: normalised(rules) };
    const errors = zodFormErrors(ruleSetUpdateSchema, body, lang);
    if (errors.length > 0) {
      setFieldErrors(form, errors);
      void message.error(t('budget.ruleForm.invalid'));
      return;
    }
    save.mutate(
      { id: ruleSet.id, version: ruleSet.version, body },
      {
        onSuccess: () => void message.success(t('budget.ruleSets.saved')),
        onError: (error) => onError(error, { form, onReload }),
      },
    );
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ rules: ruleSet.rules }} onFinish={onSave}>
      <Form.List name="rules">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field) => (
              <RuleFields key={field.key} index={field.name} onRemove={() => remove(field.name)} />
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(NEW_RULE)} data-testid="rule-add">
              {t('budget.ruleForm.add')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rule-set-save">
          {t('budget.ruleSets.save')}
        </Button>
        <Button
          loading={publish.isPending}
          onClick={() =>
            publish.mutate(
              { id: ruleSet.id, version: ruleSet.version },
              {
                onSuccess: () => void message.success(t('budget.ruleSets.published')),
                onError: (error) => onError(error),
              },
            )
          }
        >
          {t('budget.ruleSets.publish')}
        </Button>
      </Space>
    </Form>
  );
}
