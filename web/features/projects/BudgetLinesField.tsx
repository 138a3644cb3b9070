import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import {
  BUDGET_TYPE_LABELS,
  BUDGET_TYPES,
  PROJECT_CATEGORIES,
  PROJECT_CATEGORY_LABELS,
} from '../../../domain/projects/project.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import { BahtInput } from '../budget/BahtInput.js';
import { typedTotal, type BudgetLineValues } from './projectForm.js';

/** The project's budget lines (งบรายจ่ายและหมวด), with the live total in baht. */
export function BudgetLinesField({ disabled }: { disabled: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const lines = Form.useWatch<BudgetLineValues[] | undefined>('budgetLines');
  return (
    <Form.List name="budgetLines">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" data-testid={`budget-line-${index}`}>
              <Col xs={24} md={8}>
                <Form.Item
                  name={[field.name, 'description']}
                  label={t('projectForm.lineDescription')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Input maxLength={1000} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item name={[field.name, 'budgetType']} label={t('projects.budgetType')}>
                  <Select
                    disabled={disabled}
                    options={BUDGET_TYPES.map((value) => ({ value, label: BUDGET_TYPE_LABELS[value][lang] }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item name={[field.name, 'category']} label={t('projectForm.category')}>
                  <Select
                    disabled={disabled}
                    options={PROJECT_CATEGORIES.map((value) => ({
                      value,
                      label: PROJECT_CATEGORY_LABELS[value][lang],
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={20} md={7}>
                <Form.Item
                  name={[field.name, 'amountBaht']}
                  label={t('projectForm.amountBaht')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <BahtInput disabled={disabled} testId={`budget-line-amount-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <RemoveRowButton
                  label={t('projectForm.removeLine', { no: index + 1 })}
                  onClick={() => remove(field.name)}
                  disabled={disabled}
                />
              </Col>
            </Row>
          ))}
          <Row justify="space-between" align="middle">
            <Button
              icon={<PlusOutlined />}
              disabled={disabled}
              onClick={() => add({ amountBaht: '' })}
              data-testid="budget-line-add"
            >
              {t('projectForm.addLine')}
            </Button>
            <Typography.Text strong data-testid="budget-lines-total">
              {t('projectForm.linesTotal', { amount: formatBaht(typedTotal(lines)) })}
            </Typography.Text>
          </Row>
        </>
      )}
    </Form.List>
  );
}
