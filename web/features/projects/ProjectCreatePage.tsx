import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Radio, Row, Select, Space } from 'antd';
import { Link, useNavigate } from '@tanstack/react-router';
import { projectCreateSchema } from '../../../domain/projects/project-input.js';
import type { BudgetType, ProjectCategory, ProjectScope } from '../../../domain/projects/project.js';
import { useClusters } from '../../app/api/reference.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCurrentUser } from '../../app/auth/hooks.js';
import { scopeProvinces } from '../../app/auth/scope.js';
import { currentFiscalYear } from '../../app/filters/fiscalYear.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ProjectAreasField } from './ProjectAreasField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { setFieldErrors, zodFormErrors } from '../../components/zodRule.js';
import { useCreateProject } from './mutations.js';
import { ProjectBasicsFields } from './ProjectMasterFields.js';
import { toFormFieldErrors } from './projectForm.js';
import { SimilarProjectsHint } from './SimilarProjectsHint.js';

interface CreateValues {
  fiscalYear: number;
  scope: ProjectScope;
  provinceCode?: string;
  clusterId?: number;
  title?: string;
  budgetType?: BudgetType;
  category?: ProjectCategory;
  objective?: string | null;
  areaCodes?: string[];
}

/** A new project starts as an idea with its place fixed; the rest is filled on its own page. */
export function ProjectCreatePage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const create = useCreateProject();
  const clusters = useClusters();
  const user = useCurrentUser();
  const { fiscalYear } = useGlobalFilters();
  const [form] = Form.useForm<CreateValues>();
  const scope = Form.useWatch('scope', form) ?? 'province';
  const provinceCode = Form.useWatch('provinceCode', form);
  const title = Form.useWatch('title', form);
  const year = Form.useWatch('fiscalYear', form) ?? fiscalYear ?? currentFiscalYear();
  const areaCodes = Form.useWatch('areaCodes', form) ?? [];

  const submit = (values: CreateValues) => {
    const draft = {
      fiscalYear: values.fiscalYear,
      scope: values.scope,
      ...(values.scope === 'province'
        ? { provinceCode: values.provinceCode }
        : { clusterId: values.clusterId }),
      title: values.title?.trim() ?? '',
      budgetType: values.budgetType,
      category: values.category,
      objective: values.objective?.trim() || null,
      locations: (values.areaCodes ?? []).map((areaCode) => ({ areaCode })),
    };
    const errors = zodFormErrors(projectCreateSchema, draft, lang);
    if (errors.length > 0) {
      setFieldErrors(form, toFormFieldErrors(errors));
      return;
    }
    // Parsed so the defaults of the contract (empty lists) are what is sent.
    create.mutate(projectCreateSchema.parse(draft), {
      onSuccess: (created) => {
        void message.success(t('projectForm.created', { code: created.code }));
        void navigate({ to: '/projects/$projectId', params: { projectId: created.id } });
      },
      onError: (error) => onError(error, { form }),
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/projects">
        <ArrowLeftOutlined /> {t('projectForm.backToList')}
      </Link>
      <PageTitle title={t('projectForm.createTitle')} />
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card size="small">
            <Form<CreateValues>
              form={form}
              layout="vertical"
              initialValues={{
                scope: 'province',
                fiscalYear: fiscalYear ?? currentFiscalYear(),
                provinceCode: scopeProvinces(user)[0],
                budgetType: 'investment',
                category: 'construction',
              }}
              onFinish={submit}
              data-testid="project-create-form"
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="fiscalYear" label={t('projectForm.fiscalYear')} required>
                    <InputNumber min={2500} max={2700} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name="scope" label={t('projectForm.scope')}>
                    <Radio.Group
                      options={[
                        { value: 'province', label: t('plans.scope.province') },
                        { value: 'cluster', label: t('plans.scope.cluster') },
                      ]}
                    />
                  </Form.Item>
                </Col>
              </Row>
              {scope === 'province' ? (
                <Form.Item name="provinceCode" label={t('plans.field.province')} required>
                  <ProvinceSelect placeholder={t('plans.field.province')} testId="project-province" />
                </Form.Item>
              ) : (
                <Form.Item name="clusterId" label={t('plans.field.cluster')} required>
                  <Select
                    aria-label={t('plans.field.cluster')}
                    options={(clusters.data?.items ?? []).map((cluster) => ({
                      value: cluster.id,
                      label: lang === 'en' ? cluster.nameEn : cluster.nameTh,
                    }))}
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={clusters.isPending}
                  />
                </Form.Item>
              )}
              <ProjectBasicsFields />
              <ProjectAreasField provinceCode={scope === 'province' ? provinceCode : undefined} />
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                data-testid="project-create"
              >
                {t('projectForm.create')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <SimilarProjectsHint title={title} fiscalYear={year} areaCodes={areaCodes} />
        </Col>
      </Row>
    </Space>
  );
}
