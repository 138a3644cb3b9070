import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';
import { useCurrentUser } from '../auth/hooks.js';
import { isNational } from '../auth/scope.js';
import { useGlobalFilters } from '../filters/useGlobalFilters.js';
import { useT } from '../i18n/index.js';

export function HeaderAreaPicker() {
  const t = useT();
  const { areaCode, setAreaCode } = useGlobalFilters();
  // Nothing picked means everything the user may see: the country only for a national user.
  const national = isNational(useCurrentUser());
  return (
    <AreaTreeSelect
      className="area-picker"
      value={areaCode}
      onChange={setAreaCode}
      placeholder={t(national ? 'header.areaPlaceholder' : 'header.areaPlaceholderScoped')}
      ariaLabel={t('header.area')}
      testId="area-picker"
    />
  );
}
