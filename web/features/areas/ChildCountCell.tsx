import { Skeleton } from 'antd';
import type { AreaLevel } from '../../../domain/areas/area-code.js';
import { useArea } from '../../app/api/reference.js';

export interface ChildCountCellProps {
  code: string;
  level: Exclude<AreaLevel, 'province'>;
}

/** Counts come from the area's detail; the cache is shared with the detail page it links to. */
export function ChildCountCell({ code, level }: ChildCountCellProps) {
  const detail = useArea(code);
  if (detail.isPending) {
    return <Skeleton.Button active size="small" />;
  }
  const count = detail.data?.childCounts[level];
  return <>{count === undefined ? '–' : count.toLocaleString()}</>;
}
