import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { PLAN_PERIOD_YEARS, type PlanScope } from '../../../domain/plans/plan.js';
import { planCreateSchema, type PlanCreateInput } from '../../../domain/plans/plan-input.js';
import { useClusters } from '../../app/api/reference.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { currentFiscalYear } from '../../app/filters/fiscalYear.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { setFieldErrors, zodFormErrors, zodRule } from '../../components/zodRule.js';
import { useCreatePlan } from './mutations.js';

export interface CreatePlanModalProps {
  onClose: () => void;
  onCreated: (planId: string) => void;
}

interface CreateValues {
  scope: PlanScope;
  provinceCode?: string;
  clusterId?: number;
  title?: string;
  periodStart?: number;
}

/** A new 5-year plan starts as a draft original version. */
export function CreatePlanModal({ onClose, onCreated }: CreatePlanModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const create = useCreatePlan();
  const clusters = useClusters();
  const [form] = Form.useForm<CreateValues>();
  const scope = Form.useWatch('scope', form) ?? 'province';
  const start = Form.useWatch('periodStart', form);
  const rule = (field: keyof typeof planCreateSchema.shape) => [zodRule(planCreateSchema, field, lang)];

  const startOptions = useMemo(() => {
    const now = currentFiscalYear();
    return Array.from({ length: 9 }, (_unused, index) => now - 4 + index).map((year) => ({
      value: year,
      label: `${year}–${year + PLAN_PERIOD_YEARS - 1}`,
    }));
  }, []);

  const handleFinish = (values: CreateValues) => {
    const body: PlanCreateInput = {
      scope: values.scope,
      title: values.title?.trim() ?? '',
      periodStart: values.periodStart as number,
      ...(values.scope === 'province'
        ? { provinceCode: values.provinceCode }
        : { clusterId: values.clusterId }),
    };
    const errors = zodFormErrors(planCreateSchema, body, lang);
    if (errors.length > 0) {
      setFieldErrors(form, errors);
      return;
    }
    create.mutate(body, {
      onSuccess: (plan) => {
        void message.success(t('plans.created'));
        onCreated(plan.id);
      },
      onError: (error) => handleApiError(error, { form }),
    });
  };

  return (
    <Modal
      open
      title={t('plans.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('plans.createOk')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{ scope: 'province' }}
        onFinish={handleFinish}
      >
        <Form.Item name="scope" label={t('plans.field.scope')}>
          <Radio.Group
            options={[
              { value: 'province', label: t('plans.scope.province') },
              { value: 'cluster', label: t('plans.scope.cluster') },
            ]}
          />
        </Form.Item>
        {scope === 'province' ? (
          <Form.Item name="provinceCode" label={t('plans.field.province')} required>
            <ProvinceSelect placeholder={t('plans.field.province')} />
          </Form.Item>
        ) : (
          <Form.Item name="clusterId" label={t('plans.field.cluster')} required>
            <Select
              options={(clusters.data?.items ?? []).map((cluster) => ({
                value: cluster.id,
                label: lang === 'en' ? cluster.nameEn : cluster.nameTh,
              }))}
              showSearch={{ optionFilterProp: 'label' }}
              loading={clusters.isPending}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('plans.field.title')} required rules={rule('title')}>
          <Input maxLength={2000} placeholder={t('plans.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="periodStart" label={t('plans.field.period')} required rules={rule('periodStart')}>
          <Select options={startOptions} />
        </Form.Item>
        {start !== undefined && (
          <Typography.Text type="secondary">
            {t('plans.periodHint', { start, end: start + PLAN_PERIOD_YEARS - 1 })}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
