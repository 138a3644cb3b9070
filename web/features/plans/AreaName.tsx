import { useArea } from '../../app/api/reference.js';
import { useLang } from '../../app/i18n/index.js';
import { areaName } from '../../components/area-tree/nodes.js';

export interface AreaNameProps {
  code: string;
}

/** An area's name in the UI language, its code until the name has loaded. */
export function AreaName({ code }: AreaNameProps) {
  const { lang } = useLang();
  const area = useArea(code);
  return <span title={code}>{area.data ? areaName(area.data.area, lang) : code}</span>;
}
