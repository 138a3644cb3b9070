import { Alert, Breadcrumb, Button, Card, Col, InputNumber, Row, Select, Space, Spin } from 'antd';
import type { ECElementEvent } from 'echarts/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { ExportButton } from '../../components/ExportButton.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useThailandMap } from '../dashboard/useThailandMap.js';
import { areaFiguresExportHref, useAreaFigures, useIndicators } from './api.js';
import { FiguresTable } from './FiguresTable.js';
import { IndicatorImport } from './IndicatorImport.js';
import { buildIndicatorMapOption } from './indicatorMapOption.js';
import { ProvinceGaps } from './ProvinceGaps.js';

const LATEST_SURVEY_YEAR = 2568;

const CrumbButton = (props: { onClick: () => void; children: ReactNode }) => (
  <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={props.onClick}>
    {props.children}
  </Button>
);

/** Area indicators: the national map, drill-down tables with last year and target, a province's gaps. */
export function IndicatorsPage() {
  const t = useT();
  const { lang } = useLang();
  const catalogue = useIndicators();
  const [chosen, setChosen] = useState<string | undefined>();
  const [year, setYear] = useState(LATEST_SURVEY_YEAR);
  const [path, setPath] = useState<string[]>([]);
  const indicatorId = chosen ?? catalogue.data?.items[0]?.id;
  const parent = path.at(-1) ?? '';
  const figures = useAreaFigures(indicatorId, year, parent);
  const map = useThailandMap();
  const canImport = useCan('indicator.import');
  const indicator = catalogue.data?.items.find((item) => item.id === indicatorId);
  const rows = useMemo(() => figures.data?.items ?? [], [figures.data]);
  const option = useMemo(
    () => buildIndicatorMapOption(rows, lang, indicator?.direction !== 'lower_is_better'),
    [rows, lang, indicator?.direction],
  );
  const open = (code: string) => setPath([...path, code]);
  const onMapClick = (event: ECElementEvent) => {
    if (rows.some((row) => row.areaCode === String(event.name))) {
      open(String(event.name));
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle title={t('indicators.title')} />
      <Space wrap>
        <Select
          aria-label={t('indicators.pick')}
          style={{ minWidth: 320 }}
          value={indicatorId}
          loading={catalogue.isPending}
          onChange={setChosen}
          options={(catalogue.data?.items ?? []).map((item) => ({
            value: item.id,
            label: `${lang === 'en' ? item.nameEn : item.nameTh}${item.verified ? '' : ` (${t('indicators.unverified')})`}`,
          }))}
        />
        <InputNumber
          aria-label={t('indicators.column.year')}
          min={2540}
          max={2700}
          value={year}
          onChange={(value) => setYear(value ?? LATEST_SURVEY_YEAR)}
        />
        {indicatorId ? (
          <ExportButton href={areaFiguresExportHref(indicatorId, year, parent)} testId="indicator-export" />
        ) : null}
      </Space>
      <Breadcrumb
        items={[
          { title: <CrumbButton onClick={() => setPath([])}>{t('indicators.country')}</CrumbButton> },
          ...path.map((code, index) => ({
            title: <CrumbButton onClick={() => setPath(path.slice(0, index + 1))}>{code}</CrumbButton>,
          })),
        ]}
      />
      {figures.isError ? <Alert type="error" showIcon message={t('indicators.loadError')} /> : null}
      <Row gutter={[16, 16]}>
        {parent === '' ? (
          <Col xs={24} xl={10}>
            <Card title={t('indicators.map')}>
              {map.isPending ? <Spin /> : null}
              {map.isSuccess ? (
                <EChart
                  option={option}
                  onClick={onMapClick}
                  className="province-map"
                  testId="indicator-map"
                />
              ) : null}
            </Card>
          </Col>
        ) : null}
        <Col xs={24} xl={parent === '' ? 14 : 24}>
          <Card
            title={
              indicator
                ? `${lang === 'en' ? indicator.nameEn : indicator.nameTh} (${lang === 'en' ? indicator.unitEn : indicator.unitTh})`
                : ''
            }
          >
            <FiguresTable rows={rows} loading={figures.isPending} onOpen={open} />
          </Card>
        </Col>
      </Row>
      {parent !== '' ? <ProvinceGaps provinceCode={parent.slice(0, 2)} year={year} /> : null}
      {canImport ? <IndicatorImport /> : null}
    </Space>
  );
}
