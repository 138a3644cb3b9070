import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { NEED_STATUSES, NEED_STATUS_LABELS } from '../../../domain/needs/need.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ListLoadError } from '../../components/ListStates.js';
import { useNeedRollups } from '../needs/api.js';
import { usePlans } from '../plans/api.js';
import { PlanStatusTag } from '../plans/PlanStatusTag.js';

export interface ProvinceWorkProps {
  provinceCode: string;
  provinceName: string;
  fiscalYear: number;
}

/** A province's work: needs by status (from the roll-ups) and its plans' state; the home's first card says what waits. */
export function ProvinceWork({ provinceCode, provinceName, fiscalYear }: ProvinceWorkProps) {
  const t = useT();
  const { lang } = useLang();
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US');
  const rollups = useNeedRollups({ groupBy: 'status', areaCode: provinceCode, fiscalYear });
  const plans = usePlans({ provinceCode, limit: 20, offset: 0 });
  const byStatus = new Map((rollups.data?.items ?? []).map((row) => [row.key, row.needs]));
  return (
    <Card
      title={t('dashboard.provinceWork', { province: provinceName })}
      data-testid="province-work"
      extra={
        <Link
          to="/overview"
          search={(previous) => ({ ...previous, level: 'province', code: provinceCode })}
          data-testid="open-province-overview"
        >
          {t('overview.openProvince')}
        </Link>
      }
    >
      {rollups.isError && <ListLoadError error={rollups.error} onRetry={() => void rollups.refetch()} />}
      <Row gutter={[16, 16]}>
        {NEED_STATUSES.map((status) => (
          <Col key={status} xs={12} md={8} xl={4}>
            <Link to="/needs" search={{ status, area: provinceCode }} data-testid={`work-needs-${status}`}>
              <Statistic
                title={NEED_STATUS_LABELS[status][lang]}
                value={byStatus.get(status) ?? 0}
                loading={rollups.isPending}
                formatter={(value) => number.format(Number(value))}
              />
            </Link>
          </Col>
        ))}
      </Row>
      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('dashboard.plans')}
          </Typography.Title>
          <List
            size="small"
            loading={plans.isPending}
            dataSource={plans.data?.items ?? []}
            locale={{ emptyText: <Typography.Text>{t('dashboard.noPlans')}</Typography.Text> }}
            renderItem={(plan) => (
              <List.Item key={plan.id}>
                <Link to="/plans/$planId" params={{ planId: plan.id }}>
                  {plan.title}
                </Link>
                {plan.latestVersion && (
                  <PlanStatusTag status={plan.latestVersion.status} scope={plan.scope} />
                )}
              </List.Item>
            )}
            data-testid="work-plans"
          />
        </Col>
      </Row>
    </Card>
  );
}
