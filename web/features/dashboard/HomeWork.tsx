import { Card, Col, Row, Statistic } from 'antd';
import { Link } from '@tanstack/react-router';
import type { Home, HomeItemKey } from '../../../domain/dashboards/home.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';
import { ListLoadError } from '../../components/ListStates.js';
import { useDashboardHome } from './api.js';

type ItemLink = {
  to: '/needs' | '/plans' | '/action-plans' | '/results' | '/rules-failing';
  status?: 'received';
  /** The list takes the cluster a cluster office's count is of. */
  byCluster?: boolean;
  /** The list opens on the quarter whose reports the count is of. */
  byQuarter?: boolean;
};

/**
 * The list each count opens (the home's area is the global area the link sets). A cluster office's
 * home has no area: its counts open on its cluster (its needs are its member provinces').
 */
const LINKS: Record<HomeItemKey, ItemLink> = {
  needsToScreen: { to: '/needs', status: 'received', byCluster: true },
  draftPlans: { to: '/plans', byCluster: true },
  rulesFailing: { to: '/rules-failing', byCluster: true },
  actionPlansOverCeiling: { to: '/action-plans', byCluster: true },
  reportsDue: { to: '/results', byCluster: true, byQuarter: true },
  plansAwaitingDecision: { to: '/plans' },
  actionPlansAwaitingDecision: { to: '/action-plans' },
};

function ItemCount({ home, item }: { home: Home; item: Home['items'][number] }) {
  const t = useT();
  const { lang } = useLang();
  const link = LINKS[item.key];
  const area = home.areaCode ?? undefined;
  const cluster = link.byCluster ? (home.clusterId ?? undefined) : undefined;
  const quarter = link.byQuarter ? (home.quarter ?? undefined) : undefined;
  return (
    <Link
      to={link.to}
      search={(previous) => ({
        ...previous,
        area,
        ...(link.status ? { status: link.status } : {}),
        ...(cluster === undefined ? {} : { cluster }),
        ...(quarter === undefined ? {} : { quarter }),
      })}
      data-testid={`home-${item.key}`}
    >
      <Statistic
        title={t(`home.item.${item.key}` as MessageKey, { quarter: String(home.quarter ?? '') })}
        value={item.count}
        formatter={(value) => new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US').format(Number(value))}
      />
    </Link>
  );
}

/** What waits for the signed-in user: a planner's work, an approver's documents, the centre's queue. */
export function HomeWork({ fiscalYear }: { fiscalYear: number }) {
  const t = useT();
  const home = useDashboardHome(fiscalYear);
  if (home.isError) {
    return <ListLoadError error={home.error} onRetry={() => void home.refetch()} />;
  }
  const data = home.data;
  return (
    <Card
      title={t(`home.title.${data?.kind ?? 'planner'}` as MessageKey)}
      loading={home.isPending}
      data-testid="home-work"
    >
      <Row gutter={[16, 16]}>
        {data?.items.map((item) => (
          <Col key={item.key} xs={24} sm={12} xl={6}>
            <ItemCount home={data} item={item} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
