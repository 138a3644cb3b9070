import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import {
  HOUSEHOLD_STATUS_LABELS,
  moveNeedsReason,
  SHORTFALL_DIMENSION_LABELS,
  SHORTFALL_DIMENSIONS,
  type HouseholdStatus,
  type ShortfallDimension,
} from '../../../domain/households/household.js';
import type { HouseholdDetail } from '../../../domain/households/household-response.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { useCaseWork } from './api.js';

type HelpFields = { dimension: ShortfallDimension; agencyName: string; description: string };

/** Recording help, a visit and the next status of a case (dated today, Bangkok). */
export function CaseWork({ detail }: { detail: HouseholdDetail }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const work = useCaseWork(detail.id);
  const [helpForm] = Form.useForm<HelpFields>();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const today = toBangkokIsoDate(new Date());
  const failed = (error: unknown) =>
    void message.error(apiErrorText(error, lang, t('households.saveFailed')));
  const saved = () => void message.success(t('households.saved'));
  const move = (status: HouseholdStatus) =>
    work.move.mutate(
      { status, on: today, version: detail.version, ...(reason ? { reason } : {}) },
      {
        onSuccess: () => {
          setReason('');
          saved();
        },
        onError: failed,
      },
    );
  const needsReason = detail.nextStatuses.some((status) => moveNeedsReason(detail.status, status));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('households.statusMove')}>
        <Space wrap>
          {needsReason ? (
            <Input
              aria-label={t('households.reason')}
              placeholder={t('households.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              style={{ width: 320 }}
            />
          ) : null}
          {detail.nextStatuses.map((status) => (
            <Button
              key={status}
              onClick={() => move(status)}
              loading={work.move.isPending}
              data-testid={`move-${status}`}
            >
              {t('households.moveTo', { status: HOUSEHOLD_STATUS_LABELS[status][lang] })}
            </Button>
          ))}
        </Space>
      </Card>
      <Card size="small" title={t('households.addHelp')}>
        <Form<HelpFields>
          form={helpForm}
          layout="inline"
          initialValues={{ dimension: detail.shortfalls[0] }}
          onFinish={(values) =>
            work.help.mutate(
              { ...values, agencyId: null, givenOn: today },
              {
                onSuccess: () => {
                  helpForm.resetFields();
                  saved();
                },
                onError: failed,
              },
            )
          }
        >
          <Form.Item name="dimension" label={t('households.shortfall')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={SHORTFALL_DIMENSIONS.map((value) => ({
                value,
                label: SHORTFALL_DIMENSION_LABELS[value][lang],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="agencyName"
            label={t('households.agency')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input data-testid="help-agency" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('households.helpWhat')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input data-testid="help-description" style={{ width: 260 }} />
          </Form.Item>
          <Button htmlType="submit" loading={work.help.isPending} data-testid="help-submit">
            {t('households.save')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('households.addVisit')}>
        <Space wrap>
          <Input
            aria-label={t('households.visitNote')}
            placeholder={t('households.visitNote')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            style={{ width: 420 }}
            data-testid="visit-note"
          />
          <Button
            disabled={!note.trim()}
            loading={work.visit.isPending}
            data-testid="visit-submit"
            onClick={() =>
              work.visit.mutate(
                { visitedOn: today, note },
                {
                  onSuccess: () => {
                    setNote('');
                    saved();
                  },
                  onError: failed,
                },
              )
            }
          >
            {t('households.save')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
