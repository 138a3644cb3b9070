import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Select, Upload, Typography } from 'antd';
import { useState } from 'react';
import type { Programme, ProvinceProgress } from '../../../domain/programmes/responses.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { useSubmitReport } from './api.js';

type Values = { periodIndex: number; note?: string; figures: Record<string, number | null> };

/** A province's figures for one period, with a photo; a reported period opens with its figures. */
export function ReportForm({ programme, progress }: { programme: Programme; progress: ProvinceProgress }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [photo, setPhoto] = useState<File | undefined>();
  const submit = useSubmitReport(programme.id);
  const reported = new Map(progress.reports.map((report) => [report.periodIndex, report]));
  const indicators = programme.components.flatMap((component) => component.indicators);
  const fill = (periodIndex: number) => {
    const report = reported.get(periodIndex);
    const figures = Object.fromEntries(
      indicators.map((indicator) => [
        indicator.id,
        report?.values.find((value) => value.indicatorId === indicator.id)?.value ?? null,
      ]),
    );
    form.setFieldsValue({ figures, note: report?.note ?? undefined });
  };
  const onFinish = async (values: Values) => {
    const entries = Object.entries(values.figures ?? {}).flatMap(([indicatorId, value]) =>
      value === null || value === undefined ? [] : [{ indicatorId, value }],
    );
    try {
      await submit.mutateAsync({
        input: {
          provinceCode: progress.provinceCode,
          periodIndex: values.periodIndex,
          values: entries,
          note: values.note,
        },
        version: reported.get(values.periodIndex)?.version,
        photo,
      });
      setPhoto(undefined);
      void message.success(t('programmes.report.saved'));
    } catch (error) {
      void message.error(apiErrorText(error, lang, t('programmes.report.failed')));
    }
  };
  return (
    <section aria-labelledby="programme-report-title">
      <Typography.Title level={4} id="programme-report-title">
        {t('programmes.report.title')}
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        data-testid="programme-report-form"
      >
        <Form.Item name="periodIndex" label={t('programmes.report.period')} rules={[{ required: true }]}>
          <Select
            onChange={fill}
            data-testid="programme-report-period"
            options={programme.periods.map((period) => ({
              value: period.index,
              label: `${t('programmes.report.periodOption', {
                index: period.index,
                start: formatIsoDate(period.start, lang, { style: 'short' }),
                end: formatIsoDate(period.end, lang, { style: 'short' }),
              })}${reported.has(period.index) ? ` · ${t('programmes.report.reported')}` : ''}`,
            }))}
          />
        </Form.Item>
        {indicators.map((indicator) => (
          <Form.Item
            key={indicator.id}
            name={['figures', indicator.id]}
            label={`${lang === 'en' ? indicator.nameEn : indicator.nameTh} (${indicator.unit})`}
          >
            <InputNumber
              min={0}
              precision={0}
              style={{ width: 200 }}
              data-testid={`figure-${indicator.key}`}
            />
          </Form.Item>
        ))}
        <Form.Item name="note" label={t('programmes.report.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('programmes.report.photo')}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            maxCount={1}
            beforeUpload={(file) => {
              setPhoto(file);
              return false;
            }}
            onRemove={() => setPhoto(undefined)}
            fileList={photo ? [{ uid: 'photo', name: photo.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />} data-testid="programme-report-photo">
              {t('programmes.report.photo')}
            </Button>
          </Upload>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={submit.isPending}
          data-testid="programme-report-submit"
        >
          {t('programmes.report.submit')}
        </Button>
      </Form>
    </section>
  );
}
