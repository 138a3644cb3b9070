import { App, Button, Card, Form, Space } from 'antd';
import { useEffect } from 'react';
import { projectUpdateSchema } from '../../../domain/projects/project-input.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { setFieldErrors, zodFormErrors } from '../../components/zodRule.js';
import { ProjectAreasField } from './ProjectAreasField.js';
import { BudgetLinesField } from './BudgetLinesField.js';
import { LinksField } from './LinksField.js';
import { OutputsField } from './OutputsField.js';
import { ProjectBasicsFields, ProjectDetailFields } from './ProjectMasterFields.js';
import {
  formValuesToUpdate,
  projectToFormValues,
  toFormFieldErrors,
  type ProjectFormValues,
} from './projectForm.js';
import { ScheduleField } from './ScheduleField.js';
import { SimilarProjectsHint } from './SimilarProjectsHint.js';
import { useUpdateProject } from './mutations.js';

export interface ProjectEditFormProps {
  project: Project;
  canEdit: boolean;
  onReload: () => void;
}

/** The master record: basics, locations, golden-thread links, budget lines, schedule and outputs. */
export function ProjectEditForm({ project, canEdit, onReload }: ProjectEditFormProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const update = useUpdateProject(project.id);
  const [form] = Form.useForm<ProjectFormValues>();
  const title = Form.useWatch('title', form);
  const areaCodes = Form.useWatch('areaCodes', form) ?? [];
  // A saved or reloaded record (new version) becomes what the form shows.
  useEffect(() => {
    form.setFieldsValue(projectToFormValues(project));
  }, [form, project]);

  const save = async () => {
    await form.validateFields();
    // The store holds values no field shows (the approach an item brings), so read all of it.
    const input = formValuesToUpdate(form.getFieldsValue(true) as ProjectFormValues, project);
    const errors = zodFormErrors(projectUpdateSchema, input, lang);
    if (errors.length > 0) {
      setFieldErrors(form, toFormFieldErrors(errors));
      return;
    }
    update.mutate(input, {
      onSuccess: () => void message.success(t('projectForm.saved')),
      onError: (error) => onError(error, { form, onReload }),
    });
  };
  const locked = project.budgetLocked || !canEdit;
  return (
    <Form<ProjectFormValues>
      form={form}
      layout="vertical"
      disabled={!canEdit}
      initialValues={projectToFormValues(project)}
      onFinish={() => void save().catch(() => undefined)}
      data-testid="project-form"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title={t('projectForm.section.basics')}>
          <ProjectBasicsFields />
        </Card>
        <SimilarProjectsHint
          title={title}
          fiscalYear={project.fiscalYear}
          areaCodes={areaCodes}
          excludeId={project.id}
        />
        <Card size="small" title={t('projectForm.section.locations')}>
          <ProjectAreasField provinceCode={project.scope === 'province' ? project.provinceCode : undefined} />
        </Card>
        <Card size="small" title={t('projectForm.section.links')}>
          <LinksField project={project} />
        </Card>
        <Card
          size="small"
          title={t('projectForm.section.budget')}
          extra={project.budgetLocked ? t('projectForm.budgetLocked') : null}
        >
          <BudgetLinesField disabled={locked} />
        </Card>
        <Card size="small" title={t('projectForm.section.schedule')}>
          <ScheduleField disabled={locked} fiscalYear={project.fiscalYear} />
        </Card>
        <Card size="small" title={t('projectForm.section.outputs')}>
          <OutputsField />
        </Card>
        <Card size="small" title={t('projectForm.section.details')}>
          <ProjectDetailFields />
        </Card>
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="project-save">
            {t('common.save')}
          </Button>
        ) : null}
      </Space>
    </Form>
  );
}
