import { Link } from '@tanstack/react-router';
import { Alert, App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { HOUSEHOLD_STATUS_LABELS, SHORTFALL_DIMENSION_LABELS } from '../../../domain/households/household.js';
import type { HouseholdCounts } from '../../../domain/households/household-response.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { useNeedDimensions } from '../needs/api.js';
import { useHouseholdCounts, useProposeNeed } from './api.js';

type Candidate = HouseholdCounts['candidates'][number];

/** Anonymised counts of a province and the subdistricts that should propose a need (never a person). */
export function HouseholdCountsCard({ provinceCode }: { provinceCode: string | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const counts = useHouseholdCounts(provinceCode);
  const canPropose = useCan('household_count.propose');
  const dimensions = useNeedDimensions();
  const [needDimensionId, setNeedDimensionId] = useState<number | undefined>();
  const propose = useProposeNeed();
  if (!provinceCode) {
    return <Alert type="info" showIcon message={t('households.pickProvince')} />;
  }
  if (counts.isError) {
    return <Alert type="error" showIcon message={t('households.countsError')} />;
  }
  const data = counts.data;
  const onPropose = (row: Candidate) => {
    if (needDimensionId === undefined) {
      void message.warning(t('households.pickNeedDimension'));
      return;
    }
    propose.mutate(
      { subdistrictCode: row.subdistrictCode, dimension: row.dimension, needDimensionId },
      {
        onSuccess: () => void message.success(t('households.proposed')),
        onError: (error) => void message.error(apiErrorText(error, lang, t('households.proposeFailed'))),
      },
    );
  };
  return (
    <Card
      size="small"
      title={t('households.countsTitle')}
      loading={counts.isPending}
      data-testid="household-counts"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {(data?.byStatus ?? [])
            .map(
              (row) =>
                `${HOUSEHOLD_STATUS_LABELS[row.status][lang]} ${row.households.toLocaleString('th-TH')}`,
            )
            .join(' · ')}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('households.candidatesHint', { threshold: data?.threshold ?? 0 })}
        </Typography.Text>
        {canPropose ? (
          <Select<number>
            aria-label={t('households.needDimension')}
            placeholder={t('households.needDimension')}
            value={needDimensionId}
            onChange={setNeedDimensionId}
            style={{ width: 260 }}
            options={(dimensions.data?.items ?? [])
              .filter((dimension) => dimension.isActive)
              .map((dimension) => ({
                value: dimension.id,
                label: lang === 'en' ? (dimension.nameEn ?? dimension.nameTh) : dimension.nameTh,
              }))}
          />
        ) : null}
        <Table<Candidate>
          rowKey={(row) => `${row.subdistrictCode}/${row.dimension}`}
          size="small"
          pagination={false}
          data-testid="household-candidates"
          dataSource={data?.candidates ?? []}
          locale={{ emptyText: t('households.noCandidates') }}
          columns={[
            { title: t('households.subdistrict'), dataIndex: 'subdistrictCode' },
            {
              title: t('households.shortfall'),
              render: (_, row) => SHORTFALL_DIMENSION_LABELS[row.dimension][lang],
            },
            {
              title: t('households.householdsShort'),
              align: 'right',
              render: (_, row) => row.households.toLocaleString('th-TH'),
            },
            {
              title: t('households.need'),
              render: (_, row) =>
                row.proposedNeedId ? (
                  <Link to="/needs/$needId" params={{ needId: row.proposedNeedId }}>
                    {t('households.openNeed')}
                  </Link>
                ) : canPropose ? (
                  <Button size="small" loading={propose.isPending} onClick={() => onPropose(row)}>
                    {t('households.propose')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Space>
    </Card>
  );
}
