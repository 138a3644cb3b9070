import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';
import { useGlobalFilters } from '../filters/useGlobalFilters.js';
import { useT } from '../i18n/index.js';

export function HeaderAreaPicker() {
  const t = useT();
  const { areaCode, setAreaCode } = useGlobalFilters();
  return (
    <AreaTreeSelect
      className="area-picker"
      value={areaCode}
      onChange={setAreaCode}
      placeholder={t('header.areaPlaceholder')}
      ariaLabel={t('header.area')}
      testId="area-picker"
    />
  );
}
