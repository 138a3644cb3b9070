import { Select } from 'antd';
import { useMemo } from 'react';
import { currentFiscalYear, fiscalYearChoices } from '../filters/fiscalYear.js';
import { useGlobalFilters } from '../filters/useGlobalFilters.js';
import { fiscalYearText } from '../../../domain/thai/index.js';
import { useLang, useT } from '../i18n/index.js';

export function FiscalYearPicker() {
  const t = useT();
  const { lang } = useLang();
  const { fiscalYear, setFiscalYear } = useGlobalFilters();
  const options = useMemo(() => {
    const years = fiscalYearChoices(currentFiscalYear());
    if (!years.includes(fiscalYear)) {
      years.push(fiscalYear);
    }
    return years.map((year) => ({ value: year, label: fiscalYearText(year, lang) }));
  }, [fiscalYear, lang]);

  return (
    <Select
      className="fy-picker"
      value={fiscalYear}
      options={options}
      onChange={setFiscalYear}
      aria-label={t('header.fiscalYear')}
      popupMatchSelectWidth={false}
      data-testid="fy-picker"
    />
  );
}
