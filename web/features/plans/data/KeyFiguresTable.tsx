import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber } from 'antd';
import { useT } from '../../../app/i18n/index.js';

export interface KeyFiguresTableProps {
  disabled: boolean;
}

/** Key figures of the development data: label, value, unit, BE year and source per row. */
export function KeyFiguresTable({ disabled }: KeyFiguresTableProps) {
  const t = useT();
  return (
    <Form.List name="keyFigures">
      {(fields, { add, remove }) => (
        <div className="key-figures" data-testid="plan-key-figures">
          <div className="key-figure-row key-figure-head">
            <span>{t('plans.data.figureLabel')}</span>
            <span>{t('plans.data.figureValue')}</span>
            <span>{t('plans.field.unit')}</span>
            <span>{t('plans.data.figureYear')}</span>
            <span>{t('plans.data.figureSource')}</span>
            <span />
          </div>
          {fields.map((field) => (
            <div key={field.key} className="key-figure-row">
              <Form.Item name={[field.name, 'label']} noStyle>
                <Input placeholder={t('plans.data.figureLabel')} disabled={disabled} />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} noStyle>
                <Input placeholder={t('plans.data.figureValue')} disabled={disabled} />
              </Form.Item>
              <Form.Item name={[field.name, 'unit']} noStyle>
                <Input placeholder={t('plans.field.unit')} disabled={disabled} />
              </Form.Item>
              <Form.Item name={[field.name, 'year']} noStyle>
                <InputNumber
                  min={2500}
                  max={2700}
                  precision={0}
                  placeholder="2567"
                  disabled={disabled}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'source']} noStyle>
                <Input placeholder={t('plans.data.figureSource')} disabled={disabled} />
              </Form.Item>
              {!disabled ? (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('plans.delete')}
                />
              ) : (
                <span />
              )}
            </div>
          ))}
          {!disabled && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ label: '', value: '' })}
              data-testid="plan-figure-add"
            >
              {t('plans.data.addFigure')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
