import { Button, List, Typography } from 'antd';
import type { Shortfall } from '../../../domain/indicators/figures.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EmptyText } from './EmptyText.js';

const number = (value: number, lang: string) => value.toLocaleString(lang === 'th' ? 'th-TH' : 'en-US');

/** Figures below target (value against target, area and year), each optionally with a cite button. */
export function ShortfallList(props: {
  items: readonly Shortfall[];
  onCite?: (item: Shortfall) => void;
  citing?: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <List
      size="small"
      dataSource={[...props.items]}
      locale={{ emptyText: <EmptyText>{t('indicators.shortfalls.none')}</EmptyText> }}
      renderItem={(item) => (
        <List.Item
          key={`${item.indicatorId}-${item.areaCode}-${item.year}`}
          actions={
            props.onCite
              ? [
                  <Button key="cite" size="small" loading={props.citing} onClick={() => props.onCite?.(item)}>
                    {t('indicators.evidence.cite')}
                  </Button>,
                ]
              : []
          }
        >
          <List.Item.Meta
            title={lang === 'en' ? item.nameEn : item.nameTh}
            description={
              <Typography.Text type="secondary">
                {(lang === 'en' ? item.areaNameEn : null) ?? item.areaNameTh} · {item.year} ·{' '}
                {t('indicators.valueAgainstTarget', {
                  value: number(item.value, lang),
                  target: number(item.target, lang),
                  unit: lang === 'en' ? item.unitEn : item.unitTh,
                })}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
