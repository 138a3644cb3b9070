import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, InputNumber, Row, Space } from 'antd';
import { formatBaht } from '../../../domain/thai/money.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import { useT } from '../../app/i18n/index.js';
import { BahtInput } from '../budget/BahtInput.js';
import { typedTotal, type BudgetLineValues, type ScheduleValues } from './projectForm.js';

/** The multi-year schedule (fiscal years in BE) and whether it adds up to the budget lines. */
export function ScheduleField({ disabled, fiscalYear }: { disabled: boolean; fiscalYear: number }) {
  const t = useT();
  const lines = Form.useWatch<BudgetLineValues[] | undefined>('budgetLines');
  const schedule = Form.useWatch<ScheduleValues[] | undefined>('schedule');
  const gap = typedTotal(lines) - typedTotal(schedule);
  return (
    <Form.List name="schedule">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top">
              <Col xs={10} md={6}>
                <Form.Item
                  name={[field.name, 'fiscalYear']}
                  label={t('projectForm.scheduleYear')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <InputNumber
                    min={2500}
                    max={2700}
                    precision={0}
                    disabled={disabled}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col xs={10} md={10}>
                <Form.Item
                  name={[field.name, 'amountBaht']}
                  label={t('projectForm.amountBaht')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <BahtInput disabled={disabled} testId={`schedule-amount-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={4} md={2}>
                <RemoveRowButton
                  label={t('projectForm.removeYear', { no: index + 1 })}
                  onClick={() => remove(field.name)}
                  disabled={disabled}
                />
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={disabled}
            onClick={() => add({ fiscalYear: fiscalYear + fields.length, amountBaht: '' })}
            data-testid="schedule-add"
          >
            {t('projectForm.addYear')}
          </Button>
          {gap !== 0n || fields.length === 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="schedule-gap"
              title={t('projectForm.scheduleGap', { amount: formatBaht(gap) })}
            />
          ) : (
            <Alert type="success" showIcon title={t('projectForm.scheduleMatches')} />
          )}
        </Space>
      )}
    </Form.List>
  );
}
