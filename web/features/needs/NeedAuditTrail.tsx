import { Card, Timeline, Typography } from 'antd';
import {
  NEED_LINK_TYPE_LABELS,
  NEED_ORIGIN_LABELS,
  NEED_STATUS_LABELS,
  type NeedLinkType,
  type NeedOrigin,
  type NeedStatus,
} from '../../../domain/needs/need.js';
import { useLang, useT, type Lang, type MessageKey } from '../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../components/formatDate.js';
import { useNeedDimensions } from './api.js';
import { dimensionName } from './labels.js';
import type { NeedAuditEntry } from '../../../domain/needs/need-response.js';

export interface NeedAuditTrailProps {
  entries: NeedAuditEntry[];
}

const ACTIONS: Record<string, MessageKey> = {
  create: 'needs.audit.create',
  update: 'needs.audit.update',
  screen: 'needs.audit.screen',
  link: 'needs.audit.link',
  forward: 'needs.audit.forward',
  reject: 'needs.audit.reject',
  reopen: 'needs.audit.reopen',
  merge: 'needs.audit.merge',
  merged_into: 'needs.audit.mergedInto',
  attach: 'needs.audit.attach',
  detach: 'needs.audit.detach',
};

const FIELDS: Record<string, MessageKey> = {
  areaCode: 'needs.field.area',
  title: 'needs.field.title',
  description: 'needs.field.description',
  origin: 'needs.field.origin',
  sourceDocument: 'needs.field.sourceDocument',
  sourceDate: 'needs.field.sourceDate',
  dimensionId: 'needs.field.dimension',
  households: 'needs.field.households',
  people: 'needs.field.people',
  sourcePriority: 'needs.field.sourcePriority',
  fiscalYear: 'needs.field.fiscalYear',
  status: 'common.status',
  statusReason: 'needs.outcome.reason',
  attachment: 'needs.field.attachments',
  mergedFrom: 'needs.outcome.mergedFromShort',
  mergedIntoReferenceNo: 'needs.outcome.mergedInto',
  linkedLabel: 'needs.outcome.linkedTo',
  forwardedToName: 'needs.outcome.forwardedTo',
  forwardReference: 'needs.outcome.reference',
  linkedEntityType: 'needs.transition.linkType',
};

// Bookkeeping fields that only repeat what the visible ones say.
const HIDDEN = new Set([
  'id',
  'provinceCode',
  'statusChangedAt',
  'isDemo',
  'areaNameTh',
  'dimensionNameTh',
  'referenceNo',
]);
const MAX_FIELDS = 8;

function show(field: string, value: unknown, lang: Lang, dimensions: ReadonlyMap<number, string>): string {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  if (field === 'status' && typeof value === 'string' && value in NEED_STATUS_LABELS) {
    return NEED_STATUS_LABELS[value as NeedStatus][lang];
  }
  if (field === 'origin' && typeof value === 'string' && value in NEED_ORIGIN_LABELS) {
    return NEED_ORIGIN_LABELS[value as NeedOrigin][lang];
  }
  if (field === 'linkedEntityType' && typeof value === 'string' && value in NEED_LINK_TYPE_LABELS) {
    return NEED_LINK_TYPE_LABELS[value as NeedLinkType][lang];
  }
  if (field === 'dimensionId' && typeof value === 'number') {
    return dimensions.get(value) ?? String(value);
  }
  if (field === 'sourceDate' && typeof value === 'string') {
    return formatIsoDate(value, lang) || value;
  }
  if (Array.isArray(value)) {
    return value.map(String).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Who did what to the need and why, oldest first. */
export function NeedAuditTrail({ entries }: NeedAuditTrailProps) {
  const t = useT();
  const { lang } = useLang();
  const dimensionList = useNeedDimensions();
  const dimensions = new Map(
    (dimensionList.data?.items ?? []).map((dimension) => [dimension.id, dimensionName(dimension, lang)]),
  );

  const items = entries.map((entry) => {
    const actionKey = ACTIONS[entry.action];
    const changes = Object.entries(entry.changes ?? {}).filter(([field]) => !HIDDEN.has(field));
    const isCreate = entry.action === 'create';
    return {
      key: entry.id,
      content: (
        <div data-testid="need-audit-entry">
          <Typography.Text strong>{actionKey ? t(actionKey) : entry.action}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {formatDate(entry.occurredAt, lang, { style: 'numeric', withTime: true })} ·{' '}
            {entry.actorName ?? t('needs.audit.system')}
          </Typography.Text>
          {entry.reason && (
            <div className="pre-wrap">{t('needs.audit.reason', { reason: entry.reason })}</div>
          )}
          {!isCreate &&
            changes.slice(0, MAX_FIELDS).map(([field, [before, after]]) => {
              const label = FIELDS[field];
              return (
                <div key={field} className="audit-change">
                  <Typography.Text type="secondary">{label ? t(label) : field}:</Typography.Text>{' '}
                  {show(field, before, lang, dimensions)} → {show(field, after, lang, dimensions)}
                </div>
              );
            })}
        </div>
      ),
    };
  });

  return (
    <Card size="small" title={t('needs.audit.title')}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('needs.audit.none')}</Typography.Text>
      ) : (
        <Timeline items={items} data-testid="need-audit" />
      )}
    </Card>
  );
}
