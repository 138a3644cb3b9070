import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Space, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { PHOTO_PHASES, type PhotoPhase } from '../../../domain/results/evidence.js';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { PointPicker, type Point } from '../assets/PointPicker.js';
import { useAttachEvidence } from './progress-api.js';

type Values = { report: string; phase?: PhotoPhase; pairOf?: string; caption?: string; takenOn?: Dayjs };

/**
 * A site photo or document for a reported quarter. The date and position a photo carries (Exif) are
 * used first; the date and map point given here count only for a photo without them.
 */
export function EvidenceUploadForm({
  results,
  center,
}: {
  results: ProjectResults;
  center: [number, number] | undefined;
}) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | undefined>();
  const [point, setPoint] = useState<Point | null>(null);
  const attach = useAttachEvidence(results.projectId);
  const phase = Form.useWatch('phase', form);
  const befores = results.progress.flatMap((report) =>
    report.evidence.filter((item) => item.phase === 'before'),
  );
  const submit = (values: Values) => {
    if (!file) {
      return;
    }
    const [fiscalYear = 0, quarter = 0] = values.report.split('/').map(Number);
    attach.mutate(
      {
        file,
        query: {
          fiscalYear,
          quarter,
          caption: values.caption || undefined,
          phase: values.phase,
          pairOf: values.phase === 'after' ? values.pairOf : undefined,
          takenOn: values.takenOn?.format('YYYY-MM-DD'),
          latitude: point?.latitude,
          longitude: point?.longitude,
        },
      },
      {
        onSuccess: () => {
          form.resetFields(['caption', 'pairOf', 'takenOn']);
          setFile(undefined);
          setPoint(null);
        },
      },
    );
  };
  if (results.progress.length === 0) {
    return <Alert type="info" showIcon title={t('progress.photo.reportFirst')} />;
  }
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="evidence-form">
      <Space wrap align="start">
        <Form.Item name="report" label={t('progress.photo.report')} rules={[{ required: true }]}>
          <Select
            style={{ width: 220 }}
            data-testid="evidence-report"
            options={results.progress.map((report) => ({
              value: `${report.fiscalYear}/${report.quarter}`,
              label: t('progress.photo.reportOption', { quarter: report.quarter, year: report.fiscalYear }),
            }))}
          />
        </Form.Item>
        <Form.Item name="phase" label={t('progress.photo.phase')}>
          <Select<PhotoPhase>
            allowClear
            style={{ width: 180 }}
            data-testid="evidence-phase"
            options={PHOTO_PHASES.map((value) => ({ value, label: t(`progress.phase.${value}`) }))}
          />
        </Form.Item>
        {phase === 'after' ? (
          <Form.Item name="pairOf" label={t('progress.photo.pairOf')}>
            <Select
              allowClear
              style={{ width: 260 }}
              data-testid="evidence-pair"
              options={befores.map((item) => ({ value: item.id, label: item.caption ?? item.fileName }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="takenOn" label={t('progress.photo.takenOn')}>
          <BeDatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="caption" label={t('progress.photo.caption')}>
        <Input maxLength={300} data-testid="evidence-caption" />
      </Form.Item>
      <Form.Item label={t('progress.photo.position')}>
        <PointPicker value={point} onChange={setPoint} center={center} testId="evidence-point" />
      </Form.Item>
      <Form.Item label={t('progress.photo.file')} required>
        <Upload
          accept="image/jpeg,image/png,image/webp,application/pdf"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            return false;
          }}
          onRemove={() => setFile(undefined)}
          fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />} data-testid="evidence-file">
            {t('progress.photo.choose')}
          </Button>
        </Upload>
      </Form.Item>
      {attach.isError ? (
        <Alert type="error" showIcon title={apiErrorText(attach.error, lang, t('progress.photo.failed'))} />
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        disabled={!file}
        loading={attach.isPending}
        data-testid="evidence-submit"
      >
        {t('progress.photo.submit')}
      </Button>
    </Form>
  );
}
