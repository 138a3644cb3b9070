import { Link } from '@tanstack/react-router';
import { Tag } from 'antd';
import type { ColumnType } from 'antd/es/table/interface.js';
import {
  ASSET_CONDITION_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_TYPE_LABELS,
} from '../../../domain/assets/asset.js';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';

type Column =
  'code' | 'description' | 'type' | 'province' | 'value' | 'handover' | 'custodian' | 'condition' | 'status';

/** The register's columns, named, so each asset table picks the ones it shows. */
export function useAssetColumns<Row extends Asset = Asset>(): Record<Column, ColumnType<Row>> {
  const t = useT();
  const { lang } = useLang();
  return {
    code: {
      title: t('assets.code'),
      render: (_, row) => (
        <Link to="/assets/$assetId" params={{ assetId: row.id }}>
          {row.code}
        </Link>
      ),
    },
    description: { title: t('assets.description'), dataIndex: 'description' },
    type: { title: t('assets.type'), render: (_, row) => ASSET_TYPE_LABELS[row.type][lang] },
    province: { title: t('assets.province'), dataIndex: 'provinceCode' },
    value: {
      title: t('assets.value'),
      align: 'right',
      render: (_, row) => formatBaht(BigInt(row.valueSatang)),
    },
    handover: { title: t('assets.handover'), render: (_, row) => formatIsoDate(row.handoverDate, lang) },
    custodian: { title: t('assets.custodian'), render: (_, row) => row.custodianName ?? '—' },
    condition: {
      title: t('assets.condition'),
      render: (_, row) => ASSET_CONDITION_LABELS[row.condition][lang],
    },
    status: {
      title: t('assets.status'),
      render: (_, row) => (
        <Tag color={row.status === 'transferred' ? 'green' : 'default'}>
          {ASSET_STATUS_LABELS[row.status][lang]}
        </Tag>
      ),
    },
  };
}
