import { Table } from 'antd';
import { ASSET_CONDITION_LABELS } from '../../../domain/assets/asset.js';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { checkPhotoHref } from './check-api.js';

type Check = AssetDetail['checks'][number];

/** An asset's yearly checks, each photo as its preview (or a link, while it has none) opening the original. */
export function AssetChecksTable({ asset }: { asset: AssetDetail }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table<Check>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={asset.checks}
      data-testid="asset-checks"
      locale={{ emptyText: t('assets.noChecks') }}
      columns={[
        { title: t('assets.checkedOn'), render: (_, check) => formatIsoDate(check.checkedOn, lang) },
        {
          title: t('assets.condition'),
          render: (_, check) => ASSET_CONDITION_LABELS[check.condition][lang],
        },
        {
          title: t('assets.inUse'),
          render: (_, check) => (check.inUse ? t('assets.yes') : t('assets.no')),
        },
        { title: t('assetCheck.noteColumn'), render: (_, check) => check.note ?? '—' },
        {
          title: t('assetCheck.photoColumn'),
          render: (_, check) => {
            if (!check.hasPhoto) {
              return t('assetCheck.noPhoto');
            }
            const href = checkPhotoHref(asset.id, check.id);
            // A photo kept before previews were made on upload has none until the preview job runs.
            return check.hasPreview ? (
              <a href={href} target="_blank" rel="noreferrer">
                <img
                  src={checkPhotoHref(asset.id, check.id, true)}
                  alt={t('assetCheck.photoAlt', { date: formatIsoDate(check.checkedOn, lang) })}
                  style={{ maxWidth: 160, display: 'block' }}
                  data-testid="asset-check-thumbnail"
                />
              </a>
            ) : (
              <a href={href} target="_blank" rel="noreferrer" data-testid="asset-check-photo-link">
                {t('assetCheck.photoWithoutPreview')}
              </a>
            );
          },
        },
      ]}
    />
  );
}
