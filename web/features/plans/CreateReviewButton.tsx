import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Select, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { REVIEW_BASE_STATUSES, periodYears } from '../../../domain/plans/plan.js';
import { reviewCreateSchema } from '../../../domain/plans/plan-input.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCan } from '../../app/auth/hooks.js';
import { currentFiscalYear } from '../../app/filters/fiscalYear.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { testIdProps } from '../../components/testIdProps.js';
import { zodRule } from '../../components/zodRule.js';
import { useCaptureCovers } from '../needs/useCaptureCovers.js';
import { versionLabel } from './labels.js';
import { useCreateReview } from './mutations.js';
import type { PlanDetail } from '../../../domain/plans/responses.js';
import { usePlanView } from './usePlanView.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

export interface CreateReviewButtonProps {
  plan: PlanDetail;
}

/** Starts the review (ฉบับทบทวน) of a fiscal year from the latest committee-approved version. */
export function CreateReviewButton({ plan }: CreateReviewButtonProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const canEdit = useCan('plan.edit');
  const captures = useCaptureCovers();
  const { update } = usePlanView();
  const create = useCreateReview();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ fiscalYear: number }>();

  const base = [...plan.versions].reverse().find((version) => REVIEW_BASE_STATUSES.includes(version.status));
  const taken = useMemo(
    () =>
      new Set(
        plan.versions
          .filter((version) => version.kind === 'review' && version.status !== 'published')
          .map((version) => version.reviewFiscalYear),
      ),
    [plan.versions],
  );
  const years = periodYears(plan.periodStart, plan.periodEnd);
  const free = years.filter((year) => !taken.has(year));
  // Reviews are prepared ahead: next fiscal year first, else this one, else the latest still open.
  const now = currentFiscalYear();
  const preferred = free.find((year) => year > now) ?? free.find((year) => year === now) ?? free.at(-1);

  if (!canEdit || !captures(plan.provinceCode)) {
    return null;
  }

  const handleFinish = ({ fiscalYear }: { fiscalYear: number }) => {
    create.mutate(
      { planId: plan.id, fiscalYear },
      {
        onSuccess: (created) => {
          void message.success(t('plans.review.created', { year: fiscalYearText(fiscalYear, lang) }));
          setOpen(false);
          update({ version: created.id, tab: 'changes', node: undefined });
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  };

  return (
    <>
      <Button
        icon={<CopyOutlined />}
        onClick={() => setOpen(true)}
        disabled={!base || free.length === 0}
        title={!base ? t('plans.review.noBase') : undefined}
        data-testid="plan-review-create"
      >
        {t('plans.review.create')}
      </Button>
      {open && base && (
        <Modal
          open
          title={t('plans.review.create')}
          onCancel={() => setOpen(false)}
          onOk={() => form.submit()}
          okText={t('plans.review.createOk')}
          cancelText={t('common.cancel')}
          confirmLoading={create.isPending}
          okButtonProps={testIdProps<ButtonProps>('plan-review-confirm')}
          destroyOnHidden
        >
          <Typography.Paragraph>
            {t('plans.review.explain', { base: versionLabel(base, t, lang) })}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ fiscalYear: preferred }}
            onFinish={handleFinish}
          >
            <Form.Item
              name="fiscalYear"
              label={t('header.fiscalYear')}
              required
              rules={[zodRule(reviewCreateSchema, 'fiscalYear', lang)]}
            >
              <Select
                options={years.map((year) => ({
                  value: year,
                  label: fiscalYearText(year, lang),
                  disabled: taken.has(year),
                }))}
                data-testid="plan-review-year"
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
