import { Card, Col, Form, Input, Row, Select, Switch, Typography } from 'antd';
import {
  RULE_KIND_LABELS,
  RULE_KINDS,
  RULE_PARAMETER_DEFAULTS,
  RULE_PLACEHOLDERS,
  RULE_SEVERITIES,
  type RuleKind,
} from '../../../domain/projects/rules/rule-kinds.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { RemoveRowButton } from '../projects/RemoveRowButton.js';
import { RuleParametersFields } from './RuleParametersFields.js';

const PAIRS = [
  ['label', 'budget.ruleForm.label'],
  ['explanation.pass', 'budget.ruleForm.pass'],
  ['explanation.fail', 'budget.ruleForm.fail'],
] as const;

/** One rule of a draft set: kind and parameters, severity, its Thai and English texts and citation. */
export function RuleFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<RuleKind | undefined>(['rules', index, 'kind']);
  const key = Form.useWatch<string | undefined>(['rules', index, 'key']);
  const path = (...names: string[]) => [index, ...names.flatMap((name) => name.split('.'))];
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Card
      size="small"
      title={`${index + 1}. ${key ?? ''}`}
      extra={<RemoveRowButton label={t('budget.ruleForm.remove', { no: index + 1 })} onClick={onRemove} />}
      data-testid={`rule-form-${index}`}
    >
      <Row gutter={8}>
        <Col xs={24} md={8}>
          <Form.Item name={path('key')} label={t('budget.ruleSets.key')} rules={required}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={path('kind')} label={t('budget.ruleForm.kind')} rules={required}>
            <Select
              options={RULE_KINDS.map((value) => ({ value, label: RULE_KIND_LABELS[value][lang] }))}
              onChange={(next: RuleKind) =>
                form.setFieldValue(['rules', index, 'parameters'], RULE_PARAMETER_DEFAULTS[next])
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={path('severity')} label={t('budget.ruleSets.severity')} rules={required}>
            <Select
              options={RULE_SEVERITIES.map((value) => ({
                value,
                label: t(`budget.rules.severity.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <RuleParametersFields index={index} kind={kind} />
      {PAIRS.map(([name, labelKey]) => (
        <Row key={name} gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item
              name={path(name, 'th')}
              label={t('common.inThai', { label: t(labelKey) })}
              rules={required}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={path(name, 'en')}
              label={t('common.inEnglish', { label: t(labelKey) })}
              rules={required}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      ))}
      {kind ? (
        <Typography.Paragraph type="secondary">
          {t('budget.ruleForm.placeholders', {
            names: RULE_PLACEHOLDERS[kind].map((name) => `{${name}}`).join(' '),
          })}
        </Typography.Paragraph>
      ) : null}
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <Form.Item name={path('citation', 'source')} label={t('budget.ruleForm.source')} rules={required}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={path('citation', 'sourceEn')} label={t('budget.ruleForm.sourceEn')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={path('citation', 'clause')} label={t('budget.ruleForm.clause')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={path('citation', 'url')} label={t('budget.ruleForm.url')}>
            <Input maxLength={1000} inputMode="url" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={path('citation', 'verified')}
            label={t('budget.ruleForm.verified')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
