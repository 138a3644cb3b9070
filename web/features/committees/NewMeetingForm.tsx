import { App, Button, Form, Input, Select } from 'antd';
import { useNavigate } from '@tanstack/react-router';
import type { Dayjs } from 'dayjs';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useT } from '../../app/i18n/index.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { useCreateMeeting } from './api.js';

type Values = { meetingNo: string; date: Dayjs; venue?: string; status: 'scheduled' | 'held' };

/** Schedules a meeting (or records one held): its number may be typed in Thai digits. */
export function NewMeetingForm({ committeeId }: { committeeId: string }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const handleApiError = useApiErrorHandler();
  const submit = (values: Values) =>
    create.mutate(
      {
        committeeId,
        meetingNo: values.meetingNo,
        date: values.date.format('YYYY-MM-DD'),
        venue: values.venue ?? null,
        status: values.status,
      },
      {
        onSuccess: (meeting) => {
          void message.success(t('committees.meetingCreated'));
          void navigate({ to: '/meetings/$meetingId', params: { meetingId: meeting.id } });
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  return (
    <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ status: 'scheduled' }}>
      <Form.Item name="meetingNo" label={t('committees.meetingNo')} rules={[{ required: true }]}>
        <Input placeholder="1/2569" data-testid="meeting-no" />
      </Form.Item>
      <Form.Item name="date" label={t('committees.date')} rules={[{ required: true }]}>
        <BeDatePicker data-testid="meeting-date" />
      </Form.Item>
      <Form.Item name="venue" label={t('committees.venue')}>
        <Input />
      </Form.Item>
      <Form.Item name="status" label={t('committees.status')}>
        <Select
          style={{ width: 140 }}
          options={[
            { value: 'scheduled', label: t('committees.status.scheduled') },
            { value: 'held', label: t('committees.status.held') },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-meeting">
        {t('committees.createMeeting')}
      </Button>
    </Form>
  );
}
