import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { buildUrl } from '../../app/api/client.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { scopeProvinces } from '../../app/auth/scope.js';
import { useCan, useCurrentUser } from '../../app/auth/hooks.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RegulationsPanel } from '../regulations/RegulationsPanel.js';
import { useProgramme, useProgrammes, useProvinceProgress, useRanking } from './api.js';
import { ProgrammeMap } from './ProgrammeMap.js';
import { ProvinceSection } from './ProvinceSection.js';
import { RankingSection } from './RankingSection.js';
import { ReportForm } from './ReportForm.js';

/**
 * Special programmes: the ranking and late reporters of the reader's scope, the own province's
 * achievement and report form, and the provisions reporting rests on beside them.
 */
export function ProgrammesPage() {
  const t = useT();
  const { lang } = useLang();
  const user = useCurrentUser();
  const canReport = useCan('programme.report');
  const programmes = useProgrammes();
  const [picked, setPicked] = useState<string | undefined>();
  const id = picked ?? programmes.data?.items[0]?.id;
  const programme = useProgramme(id);
  const ranking = useRanking(id);
  const province = scopeProvinces(user)[0] ?? null;
  const progress = useProvinceProgress(id, province);
  const provinceName =
    ranking.data?.provinces.find((row) => row.provinceCode === province)?.provinceName ?? province ?? '';
  const failed = programmes.isError || programme.isError || ranking.isError;
  return (
    <>
      <PageTitle title={t('nav.programmes')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={17}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            {failed ? <Alert type="error" showIcon message={t('programmes.loadError')} /> : null}
            {programmes.data?.items.length === 0 ? (
              <Alert type="info" message={t('programmes.none')} />
            ) : null}
            <Select
              value={id}
              onChange={setPicked}
              aria-label={t('programmes.pick')}
              style={{ width: '100%' }}
              options={(programmes.data?.items ?? []).map((item) => ({
                value: item.id,
                label: lang === 'en' ? item.titleEn : item.titleTh,
              }))}
            />
            {programme.data ? (
              <Space direction="vertical" size={4}>
                <Typography.Paragraph style={{ margin: 0 }}>{programme.data.objective}</Typography.Paragraph>
                <Space wrap>
                  <Typography.Text>
                    {t('programmes.period', {
                      start: formatIsoDate(programme.data.startDate, lang),
                      end: formatIsoDate(programme.data.endDate, lang),
                    })}
                  </Typography.Text>
                  {programme.data.isDemo ? <Tag>{t('programmes.demo')}</Tag> : null}
                </Space>
                <Space wrap>
                  {(['pdf', 'xlsx'] as const).map((format) => (
                    <Button
                      key={format}
                      icon={<DownloadOutlined />}
                      href={buildUrl(`/api/v1/programmes/${programme.data.id}/summary.${format}`, {
                        provinceCode: province ?? undefined,
                      })}
                      download
                      data-testid={`programme-summary-${format}`}
                    >
                      {t(`programmes.summary.${format}`)}
                    </Button>
                  ))}
                </Space>
              </Space>
            ) : null}
            {ranking.data ? <ProgrammeMap ranking={ranking.data} /> : null}
            <RankingSection ranking={ranking.data} loading={ranking.isPending} />
            {programme.data && progress.data ? (
              <ProvinceSection
                programme={programme.data}
                progress={progress.data}
                provinceName={provinceName}
              />
            ) : null}
            {programme.data && progress.data && canReport ? (
              <ReportForm programme={programme.data} progress={progress.data} />
            ) : null}
          </Space>
        </Col>
        <Col xs={24} xl={7}>
          <RegulationsPanel targetKind="step" targetKey="programme_reporting" />
        </Col>
      </Row>
    </>
  );
}
