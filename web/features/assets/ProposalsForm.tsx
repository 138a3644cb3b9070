import { Alert, Button, Input, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  ASSET_CONDITION_LABELS,
  ASSET_CONDITIONS,
  ASSET_TYPE_LABELS,
  type AssetCondition,
} from '../../../domain/assets/asset.js';
import type { AssetProposal } from '../../../domain/assets/asset-response.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { useRegisterAssets } from './api.js';

type Extra = { condition: AssetCondition; gfmisAssetNo: string };

/**
 * The proposals of a delivered project, each to tick: only the handover date, the condition and the
 * GFMIS number are asked for; the rest is the project's own record.
 */
export function ProposalsForm({
  projectId,
  proposals,
  fallbackAreaCode,
}: {
  projectId: string;
  proposals: readonly AssetProposal[];
  fallbackAreaCode: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const register = useRegisterAssets(projectId);
  const [chosen, setChosen] = useState<number[]>(proposals.map((_, index) => index));
  const [handover, setHandover] = useState<Dayjs>(dayjs());
  const [extras, setExtras] = useState<Extra[]>(
    proposals.map(() => ({ condition: 'good', gfmisAssetNo: '' })),
  );
  const setExtra = (index: number, change: Partial<Extra>) =>
    setExtras((all) => all.map((extra, at) => (at === index ? { ...extra, ...change } : extra)));
  const submit = () =>
    register.mutate({
      assets: chosen.map((index) => {
        const proposal = proposals[index] as AssetProposal;
        const extra = extras[index] ?? { condition: 'good', gfmisAssetNo: '' };
        return {
          type: proposal.type,
          description: proposal.description,
          quantity: proposal.quantity,
          unit: proposal.unit,
          valueSatang: proposal.valueSatang,
          handoverDate: handover.format('YYYY-MM-DD'),
          locationAreaCode: proposal.locationAreaCode ?? fallbackAreaCode,
          latitude: proposal.latitude,
          longitude: proposal.longitude,
          custodianAgencyId: proposal.custodianAgencyId,
          custodianName: proposal.custodianName,
          condition: extra.condition,
          gfmisAssetNo: extra.gfmisAssetNo.trim() || null,
        };
      }),
    });
  const rows = proposals.map((proposal, index) => ({ ...proposal, index }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="asset-proposals-form">
      <Typography.Text type="secondary">{t('assetForms.register.hint')}</Typography.Text>
      <Table
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={rows}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen(keys.map(Number)),
          getCheckboxProps: (row) => ({ 'aria-label': row.description }),
        }}
        columns={[
          { title: t('assets.description'), dataIndex: 'description' },
          { title: t('assets.type'), render: (_, row) => ASSET_TYPE_LABELS[row.type][lang] },
          { title: t('assetForms.quantity'), render: (_, row) => `${row.quantity} ${row.unit ?? ''}` },
          {
            title: t('assets.value'),
            align: 'right',
            render: (_, row) => formatBaht(BigInt(row.valueSatang)),
          },
          { title: t('assets.custodian'), render: (_, row) => row.custodianName ?? '—' },
          {
            title: t('assets.condition'),
            render: (_, row) => (
              <Select<AssetCondition>
                aria-label={`${t('assets.condition')} ${row.description}`}
                value={extras[row.index]?.condition}
                onChange={(condition) => setExtra(row.index, { condition })}
                style={{ width: 130 }}
                options={ASSET_CONDITIONS.map((value) => ({
                  value,
                  label: ASSET_CONDITION_LABELS[value][lang],
                }))}
              />
            ),
          },
          {
            title: t('assetForms.gfmis'),
            render: (_, row) => (
              <Input
                aria-label={`${t('assetForms.gfmis')} ${row.description}`}
                value={extras[row.index]?.gfmisAssetNo}
                maxLength={40}
                onChange={(event) => setExtra(row.index, { gfmisAssetNo: event.target.value })}
                style={{ width: 160 }}
              />
            ),
          },
        ]}
      />
      <Space wrap>
        <span>{t('assets.handover')}</span>
        <BeDatePicker
          aria-label={t('assets.handover')}
          value={handover}
          allowClear={false}
          onChange={(value) => dayjs.isDayjs(value) && setHandover(value)}
        />
        <Button
          type="primary"
          disabled={chosen.length === 0}
          loading={register.isPending}
          onClick={submit}
          data-testid="asset-register-submit"
        >
          {t('assetForms.register.submit', { count: chosen.length })}
        </Button>
      </Space>
      {register.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorText(register.error, lang, t('assetForms.register.failed'))}
        />
      ) : null}
    </Space>
  );
}
