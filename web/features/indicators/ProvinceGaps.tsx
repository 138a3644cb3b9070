import { Card, Col, List, Row } from 'antd';
import { useLang, useT } from '../../app/i18n/index.js';
import { useBlindSpots, useShortfalls } from './api.js';
import { EmptyText } from './EmptyText.js';
import { ShortfallList } from './ShortfallList.js';

/** A province's subdistricts below target, and where it is blind. */
export function ProvinceGaps({ provinceCode, year }: { provinceCode: string; year: number }) {
  const t = useT();
  const { lang } = useLang();
  const shortfalls = useShortfalls(provinceCode, year);
  const blind = useBlindSpots(provinceCode, year);
  const name = (row: { nameTh: string; nameEn: string | null }) =>
    (lang === 'en' ? row.nameEn : null) ?? row.nameTh;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('indicators.shortfalls.title')} data-testid="indicator-shortfalls">
          <ShortfallList items={shortfalls.data?.items ?? []} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('indicators.blind.title')} data-testid="indicator-blind-spots">
          <List
            size="small"
            header={t('indicators.blind.needsWithoutData')}
            dataSource={blind.data?.needsWithoutData ?? []}
            locale={{ emptyText: <EmptyText>{t('indicators.blind.none')}</EmptyText> }}
            renderItem={(row) => (
              <List.Item key={row.areaCode}>
                {name(row)} · {t('indicators.blind.needs', { count: row.needs })}
              </List.Item>
            )}
          />
          <List
            size="small"
            header={t('indicators.blind.poorWithoutResponse')}
            dataSource={blind.data?.poorWithoutResponse ?? []}
            locale={{ emptyText: <EmptyText>{t('indicators.blind.none')}</EmptyText> }}
            renderItem={(row) => (
              <List.Item key={row.areaCode}>
                {name(row)} · {row.indicatorCodes.join(', ')}
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
