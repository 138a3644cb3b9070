import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { projectUpdateSchema } from '../../../domain/projects/project-input.js';
import {
  BUDGET_TYPE_LABELS,
  BUDGET_TYPES,
  PROJECT_CATEGORIES,
  PROJECT_CATEGORY_LABELS,
} from '../../../domain/projects/project.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { zodRule } from '../../components/zodRule.js';

/** Title, purpose, budget type and category: the fields every project needs before anything else. */
export function ProjectBasicsFields() {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <Form.Item
        name="title"
        label={t('projects.name')}
        required
        rules={[zodRule(projectUpdateSchema, 'title', lang)]}
      >
        <Input maxLength={2000} data-testid="project-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="budgetType" label={t('projects.budgetType')} required>
            <Select
              data-testid="project-budget-type"
              options={BUDGET_TYPES.map((value) => ({ value, label: BUDGET_TYPE_LABELS[value][lang] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('projectForm.category')} required>
            <Select
              data-testid="project-category"
              options={PROJECT_CATEGORIES.map((value) => ({
                value,
                label: PROJECT_CATEGORY_LABELS[value][lang],
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="objective" label={t('projectForm.objective')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={20000} />
      </Form.Item>
    </>
  );
}

/** Description, receiver, beneficiaries and the ids the project carries in other national systems. */
export function ProjectDetailFields() {
  const t = useT();
  const codes = ['emenscrCode', 'budgetBureauCode', 'gfmisCode', 'egpNumber'] as const;
  return (
    <>
      <Form.Item name="description" label={t('projectForm.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="receiverName" label={t('projectForm.receiverName')}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="beneficiaryHouseholds" label={t('projectForm.households')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="beneficiaryPeople" label={t('projectForm.people')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="beneficiaryNote" label={t('projectForm.beneficiaryNote')}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {codes.map((code) => (
          <Col key={code} xs={24} md={6}>
            <Form.Item name={code} label={t(`projectForm.${code}`)}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
