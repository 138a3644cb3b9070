import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Col, Divider, Flex, Form, Input, Row } from 'antd';
import { planVersionUpdateSchema } from '../../../../domain/plans/plan-input.js';
import type { KeyFigure, Swot } from '../../../../domain/plans/tree.js';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { setFieldErrors, zodFormErrors, zodRule } from '../../../components/zodRule.js';
import { useInvalidatePlans, useUpdateVersion } from '../mutations.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { KeyFiguresTable } from './KeyFiguresTable.js';
import { SwotList } from './SwotList.js';

export interface DevelopmentDataEditorProps {
  tree: VersionTree;
}

interface FigureValues {
  label?: string;
  value?: string;
  unit?: string | null;
  year?: number | null;
  source?: string | null;
}

interface DataValues {
  vision: string | null;
  developmentGoal: string | null;
  areaPotential: string | null;
  swot: Swot;
  keyFigures: FigureValues[];
}

const text = (value: string | null | undefined) => value?.trim() || null;

function toFigures(rows: FigureValues[]): KeyFigure[] {
  return rows.map((row) => ({
    label: row.label?.trim() ?? '',
    value: row.value?.trim() ?? '',
    unit: text(row.unit),
    year: row.year ?? null,
    source: text(row.source),
  }));
}

/** Vision, development goal, area potential, SWOT and key figures of the version. */
export function DevelopmentDataEditor({ tree }: DevelopmentDataEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const invalidate = useInvalidatePlans();
  const update = useUpdateVersion();
  const [form] = Form.useForm<DataValues>();
  const canEdit = tree.canEdit;
  const { version } = tree;
  const rule = (field: keyof typeof planVersionUpdateSchema.shape) => [
    zodRule(planVersionUpdateSchema, field, lang),
  ];

  const handleFinish = (values: DataValues) => {
    const trim = (list: string[] | undefined) => (list ?? []).map((line) => line.trim()).filter(Boolean);
    const body = {
      vision: text(values.vision),
      developmentGoal: text(values.developmentGoal),
      areaPotential: text(values.areaPotential),
      swot: {
        strengths: trim(values.swot.strengths),
        weaknesses: trim(values.swot.weaknesses),
        opportunities: trim(values.swot.opportunities),
        threats: trim(values.swot.threats),
      },
      keyFigures: toFigures(values.keyFigures ?? []),
    };
    const errors = zodFormErrors(planVersionUpdateSchema, body, lang);
    if (errors.length > 0) {
      setFieldErrors(form, errors);
      return;
    }
    update.mutate(
      { id: version.id, version: version.version, body },
      {
        onSuccess: () => void message.success(t('plans.saved')),
        onError: (error) => handleApiError(error, { form, onReload: () => void invalidate() }),
      },
    );
  };

  return (
    <Form<DataValues>
      form={form}
      layout="vertical"
      disabled={!canEdit}
      initialValues={{ ...version, keyFigures: version.keyFigures }}
      onFinish={handleFinish}
      data-testid="plan-data-form"
    >
      <Form.Item name="vision" label={t('plans.data.vision')} rules={rule('vision')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="plan-vision" />
      </Form.Item>
      <Form.Item name="developmentGoal" label={t('plans.data.goal')} rules={rule('developmentGoal')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="areaPotential" label={t('plans.data.potential')} rules={rule('areaPotential')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Divider titlePlacement="start">{t('plans.data.swot')}</Divider>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <SwotList name="strengths" title={t('plans.data.strengths')} disabled={!canEdit} />
        </Col>
        <Col xs={24} md={12}>
          <SwotList name="weaknesses" title={t('plans.data.weaknesses')} disabled={!canEdit} />
        </Col>
        <Col xs={24} md={12}>
          <SwotList name="opportunities" title={t('plans.data.opportunities')} disabled={!canEdit} />
        </Col>
        <Col xs={24} md={12}>
          <SwotList name="threats" title={t('plans.data.threats')} disabled={!canEdit} />
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('plans.data.keyFigures')}</Divider>
      <KeyFiguresTable disabled={!canEdit} />
      {canEdit && (
        <Flex justify="end" style={{ marginTop: 16 }}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            htmlType="submit"
            loading={update.isPending}
            data-testid="plan-data-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
