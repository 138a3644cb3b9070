import { App, Button, Drawer, Flex, Form, Input, Select, Switch } from 'antd';
import {
  AGENCY_KINDS,
  AGENCY_KIND_LABELS,
  LOCAL_GOVERNMENT_TYPES,
  LOCAL_GOVERNMENT_TYPE_LABELS,
  agencyInputSchema,
} from '../../../domain/agencies/agency.js';
import { useClusters } from '../../app/api/reference.js';
import type { Agency } from '../../app/api/types.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';
import { isRequiredField, setFieldErrors, zodFormErrors, zodRule } from '../../components/zodRule.js';
import { agencyToFormValues, formValuesToBody, type AgencyFormValues } from './agencyForm.js';
import { useSaveAgency } from './api.js';
import { AgencySelect } from './AgencySelect.js';

export interface AgencyDrawerProps {
  open: boolean;
  /** null creates a new agency. */
  agency: Agency | null;
  onClose: () => void;
  /** After a 412: fetch the latest row and reopen the form with it. */
  onReload: () => void;
}

export function AgencyDrawer({ open, agency, onClose, onReload }: AgencyDrawerProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<AgencyFormValues>();
  const kind = Form.useWatch('kind', form);
  const clusters = useClusters();
  const save = useSaveAgency();

  const rule = (field: keyof typeof agencyInputSchema.shape) => [zodRule(agencyInputSchema, field, lang)];
  const required = (field: keyof typeof agencyInputSchema.shape) => isRequiredField(agencyInputSchema, field);

  const handleFinish = (values: AgencyFormValues) => {
    const body = formValuesToBody(values);
    const crossFieldErrors = zodFormErrors(agencyInputSchema, body, lang);
    if (crossFieldErrors.length > 0) {
      setFieldErrors(form, crossFieldErrors);
      return;
    }
    save.mutate(
      { body, existing: agency ?? undefined },
      {
        onSuccess: () => {
          void message.success(t('agencies.saved'));
          onClose();
        },
        onError: (error) => handleApiError(error, { form, onReload }),
      },
    );
  };

  const kindOptions = AGENCY_KINDS.map((value) => ({ value, label: AGENCY_KIND_LABELS[value][lang] }));
  const localGovernmentOptions = LOCAL_GOVERNMENT_TYPES.map((value) => ({
    value,
    label: LOCAL_GOVERNMENT_TYPE_LABELS[value][lang],
  }));
  const clusterOptions = (clusters.data?.items ?? []).map((cluster) => ({
    value: cluster.id,
    label: lang === 'en' ? cluster.nameEn : cluster.nameTh,
  }));
  const needsArea = kind !== undefined && kind !== 'central_bureau' && kind !== 'cluster_office';

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={agency ? t('agencies.edit') : t('agencies.create')}
      size="large"
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="agency-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<AgencyFormValues>
        form={form}
        layout="vertical"
        initialValues={agencyToFormValues(agency)}
        onFinish={handleFinish}
      >
        <Form.Item
          name="nameTh"
          label={t('agencies.nameTh')}
          required={required('nameTh')}
          rules={rule('nameTh')}
        >
          <Input maxLength={300} data-testid="agency-nameTh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('agencies.nameEn')} rules={rule('nameEn')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="shortName" label={t('agencies.shortName')} rules={rule('shortName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label={t('agencies.kind')} required={required('kind')} rules={rule('kind')}>
          <Select options={kindOptions} data-testid="agency-kind" />
        </Form.Item>
        {kind === 'local_government' && (
          <>
            <Form.Item
              name="localGovernmentType"
              label={t('agencies.localGovernmentType')}
              required
              rules={rule('localGovernmentType')}
            >
              <Select options={localGovernmentOptions} />
            </Form.Item>
            <Form.Item name="dlaCode" label={t('agencies.dlaCode')} rules={rule('dlaCode')}>
              <Input maxLength={7} inputMode="numeric" />
            </Form.Item>
          </>
        )}
        <Form.Item name="areaCode" label={t('agencies.area')} required={needsArea} rules={rule('areaCode')}>
          <AreaTreeSelect placeholder={t('agencies.area')} />
        </Form.Item>
        <Form.Item
          name="clusterId"
          label={t('agencies.cluster')}
          required={kind === 'cluster_office'}
          rules={rule('clusterId')}
        >
          <Select options={clusterOptions} allowClear loading={clusters.isPending} />
        </Form.Item>
        <Form.Item name="budgetUnitCode" label={t('agencies.budgetUnitCode')} rules={rule('budgetUnitCode')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="parentAgencyId" label={t('agencies.parent')} rules={rule('parentAgencyId')}>
          <AgencySelect excludeId={agency?.id} />
        </Form.Item>
        <Form.Item name="isActive" label={t('agencies.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
