import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { OUTPUT_KINDS } from '../../../domain/projects/project.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import { useT } from '../../app/i18n/index.js';

/** Outputs and outcomes with their targets and units. */
export function OutputsField() {
  const t = useT();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Form.List name="outputs">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top">
              <Col xs={24} md={4}>
                <Form.Item name={[field.name, 'kind']} label={t('projectForm.outputKind')} rules={required}>
                  <Select
                    options={OUTPUT_KINDS.map((value) => ({ value, label: t(`projectForm.kind.${value}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={11}>
                <Form.Item
                  name={[field.name, 'description']}
                  label={t('projectForm.outputDescription')}
                  rules={required}
                >
                  <Input maxLength={2000} />
                </Form.Item>
              </Col>
              <Col xs={10} md={4}>
                <Form.Item
                  name={[field.name, 'targetValue']}
                  label={t('projectForm.target')}
                  rules={required}
                >
                  <Input inputMode="decimal" maxLength={30} />
                </Form.Item>
              </Col>
              <Col xs={10} md={4}>
                <Form.Item name={[field.name, 'unit']} label={t('projectForm.unit')} rules={required}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <RemoveRowButton
                  label={t('projectForm.removeOutput', { no: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'output' })}>
            {t('projectForm.addOutput')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
