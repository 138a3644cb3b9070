import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useT } from '../../../app/i18n/index.js';

export interface SwotListProps {
  name: 'strengths' | 'weaknesses' | 'opportunities' | 'threats';
  title: string;
  disabled: boolean;
}

/** One quadrant of the SWOT analysis as an editable list of statements. */
export function SwotList({ name, title, disabled }: SwotListProps) {
  const t = useT();
  return (
    <Card size="small" title={title} className={`swot-card swot-${name}`}>
      <Form.List name={['swot', name]}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <div key={field.key} className="swot-row">
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    disabled={disabled}
                    aria-label={`${title} ${field.name + 1}`}
                  />
                </Form.Item>
                {!disabled && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('plans.delete')}
                  />
                )}
              </div>
            ))}
            {!disabled && (
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add('')}
                data-testid={`plan-swot-add-${name}`}
              >
                {t('plans.data.addStatement')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Card>
  );
}
