import { AREA_LEVELS, type AreaLevel } from '../../../domain/areas/area-code.js';

/** The level directly below; null for villages. */
export function childLevelOf(level: AreaLevel): AreaLevel | null {
  return AREA_LEVELS[AREA_LEVELS.indexOf(level) + 1] ?? null;
}

/** Levels below `level`, nearest first: what the child-count columns show. */
export function levelsBelow(level: AreaLevel): Exclude<AreaLevel, 'province'>[] {
  return AREA_LEVELS.slice(AREA_LEVELS.indexOf(level) + 1).filter(
    (candidate): candidate is Exclude<AreaLevel, 'province'> => candidate !== 'province',
  );
}
