import { AutoComplete, Card, Flex, Input } from 'antd';
import { useMemo, useState } from 'react';
import { buildUrl } from '../../app/api/client.js';
import { useCan } from '../../app/auth/hooks.js';
import { useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { ListEmpty, ListLoadError } from '../../components/ListStates.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { ActorSelect } from './ActorSelect.js';
import { useAudit } from './api.js';
import { AuditTable } from './AuditTable.js';

const PAGE_SIZE = 25;
const KNOWN_ENTITY_TYPES = ['user', 'agency', 'area', 'job'];

export function AuditLog() {
  const t = useT();
  const canListUsers = useCan('user.read');
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [actorUserId, setActorUserId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const debouncedType = useDebouncedValue(entityType.trim(), 300);
  const debouncedId = useDebouncedValue(entityId.trim(), 300);
  const filter = {
    entityType: debouncedType || undefined,
    entityId: debouncedId || undefined,
    actorUserId,
  };
  const audit = useAudit({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const clearFilters = () => {
    setEntityType('');
    setEntityId('');
    setActorUserId(undefined);
    setPage(1);
  };

  // Suggest the types already seen so the box is useful without a fixed server list.
  const typeOptions = useMemo(() => {
    const seen = new Set([
      ...KNOWN_ENTITY_TYPES,
      ...(audit.data?.items ?? []).map((entry) => entry.entityType),
    ]);
    return [...seen].sort().map((value) => ({ value }));
  }, [audit.data]);

  const resetPage =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(1);
    };

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <AutoComplete
            value={entityType}
            onChange={resetPage(setEntityType)}
            options={typeOptions}
            placeholder={t('audit.entityType')}
            aria-label={t('audit.entityType')}
            allowClear
            style={{ minWidth: 180 }}
            data-testid="audit-entity-type"
          />
          <Input
            value={entityId}
            onChange={(event) => resetPage(setEntityId)(event.target.value)}
            placeholder={t('audit.entityId')}
            aria-label={t('audit.entityId')}
            allowClear
            style={{ maxWidth: 280 }}
            data-testid="audit-entity-id"
          />
          {canListUsers ? (
            <ActorSelect value={actorUserId} onChange={resetPage(setActorUserId)} />
          ) : (
            <Input
              value={actorUserId ?? ''}
              onChange={(event) => resetPage(setActorUserId)(event.target.value.trim() || undefined)}
              placeholder={t('audit.filterActor')}
              aria-label={t('audit.filterActor')}
              allowClear
              style={{ maxWidth: 280 }}
            />
          )}
          <ExportButton href={buildUrl('/api/v1/audit/export', filter)} testId="audit-export" />
        </Flex>
        {audit.isError && <ListLoadError error={audit.error} onRetry={() => void audit.refetch()} />}
        <AuditTable
          entries={audit.data?.items}
          total={audit.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          loading={audit.isFetching}
          onPageChange={setPage}
          empty={
            <ListEmpty
              filtered={Boolean(filter.entityType || filter.entityId || filter.actorUserId)}
              onClear={clearFilters}
            />
          }
        />
      </Card>
    </>
  );
}
