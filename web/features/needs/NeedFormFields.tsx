import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMemo, type ReactNode } from 'react';
import {
  NEED_ORIGINS,
  NEED_ORIGIN_LABELS,
  needInputSchema,
  needUpdateSchema,
} from '../../../domain/needs/need.js';
import { currentFiscalYear, fiscalYearChoices } from '../../app/filters/fiscalYear.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { isRequiredField, zodRule } from '../../components/zodRule.js';
import { useNeedDimensions } from './api.js';
import { dimensionName } from './labels.js';
import { useCaptureChoices } from './useCaptureCovers.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

type Field = keyof typeof needInputSchema.shape;

export interface NeedFormFieldsProps {
  /** The dimension the need already has stays selectable even when retired. */
  currentDimensionId?: number;
  editing: boolean;
  /** Shown right under the description (the similar-needs panel on narrow screens). */
  afterDescription?: ReactNode;
}

/** The recorded facts of a need; rules come from the API's own schema. */
export function NeedFormFields({ currentDimensionId, editing, afterDescription }: NeedFormFieldsProps) {
  const t = useT();
  const captureChoices = useCaptureChoices();
  const { lang } = useLang();
  const dimensions = useNeedDimensions();
  const rules = (field: Field) => [zodRule(needInputSchema, field, lang)];
  const required = (field: Field) => isRequiredField(needInputSchema, field);

  const originOptions = NEED_ORIGINS.map((value) => ({ value, label: NEED_ORIGIN_LABELS[value][lang] }));
  const dimensionOptions = (dimensions.data?.items ?? [])
    .filter((dimension) => dimension.isActive || dimension.id === currentDimensionId)
    .map((dimension) => ({ value: dimension.id, label: dimensionName(dimension, lang) }));
  const yearOptions = useMemo(
    () =>
      fiscalYearChoices(currentFiscalYear(), 2, 3).map((year) => ({
        value: year,
        label: fiscalYearText(year, lang),
      })),
    [lang],
  );

  return (
    <>
      <Form.Item name="areaCode" label={t('needs.field.area')} required rules={rules('areaCode')}>
        <AreaTreeSelect
          placeholder={t('needs.form.areaPlaceholder')}
          testId="need-area"
          within={captureChoices}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('needs.field.title')}
        required={required('title')}
        rules={rules('title')}
      >
        <Input
          maxLength={300}
          showCount
          placeholder={t('needs.form.titlePlaceholder')}
          data-testid="need-title"
        />
      </Form.Item>
      <Form.Item name="description" label={t('needs.field.description')} rules={rules('description')}>
        <Input.TextArea rows={4} maxLength={5000} showCount data-testid="need-description" />
      </Form.Item>
      {afterDescription}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="origin"
            label={t('needs.field.origin')}
            required={required('origin')}
            rules={rules('origin')}
          >
            <Select options={originOptions} data-testid="need-origin" popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="dimensionId"
            label={t('needs.field.dimension')}
            required={required('dimensionId')}
            rules={rules('dimensionId')}
          >
            <Select options={dimensionOptions} loading={dimensions.isPending} data-testid="need-dimension" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="households" label={t('needs.field.households')} rules={rules('households')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="need-households" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="people" label={t('needs.field.people')} rules={rules('people')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="need-people" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="fiscalYear" label={t('needs.field.fiscalYear')} rules={rules('fiscalYear')}>
            <Select options={yearOptions} data-testid="need-fiscal-year" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="sourceDocument"
            label={t('needs.field.sourceDocument')}
            rules={rules('sourceDocument')}
          >
            <Input maxLength={500} placeholder={t('needs.form.sourceDocumentPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="sourceDate" label={t('needs.field.sourceDate')}>
            <BeDatePicker style={{ width: '100%' }} data-testid="need-source-date" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="sourcePriority"
            label={t('needs.field.sourcePriority')}
            tooltip={t('needs.form.sourcePriorityHint')}
            rules={rules('sourcePriority')}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {editing && (
        <Form.Item
          name="reason"
          label={t('needs.form.editReason')}
          extra={t('users.reasonHint')}
          rules={[zodRule(needUpdateSchema, 'reason', lang)]}
        >
          <Input maxLength={500} />
        </Form.Item>
      )}
    </>
  );
}
