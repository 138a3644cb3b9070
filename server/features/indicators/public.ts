import type { Actor } from '../../../domain/auth/policy.js';
import type { IndicatorInput } from '../../../domain/indicators/catalogue.js';
import type { CitationInput, Evidence } from '../../../domain/indicators/evidence.js';
import { checkValueRows } from '../../../domain/indicators/value-rows.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { ensureIndicator } from './catalogue.js';
import { insertNeedEvidence } from './evidence-cite.js';
import { evidenceOf } from './evidence-read.js';
import { existingAreaCodes, indicatorsByCode, storeFigures } from './values.js';

/**
 * What other features use of indicators: household cases feed anonymised counts into indicator
 * values and cite them on the needs they propose; the plan PDF reads each issue's evidence (handed to plans by the registry). Each
 * function runs inside the caller's transaction (as an actor, row-level security applies).
 */
export type { CitationInput, Evidence, IndicatorInput };
export { ensureIndicator };

/** One area's figure fed by another feature: `value` for sums and single figures, numerator and denominator for ratios. */
export type FedFigure = { areaCode: string; value?: number; numerator?: number; denominator?: number };

const text = (figure: number | undefined) => (figure === undefined ? '' : String(figure));

/**
 * Stores figures of one indicator and survey year (BE), replacing those stored for the same areas;
 * roll-ups up the area tree follow in the same transaction. Refuses the lot (400 with every row's
 * problem) if any figure does not suit the indicator's rule or names an unknown area.
 */
export async function recordIndicatorValues(
  tx: Queryable,
  input: { indicatorCode: string; year: number; figures: readonly FedFigure[] },
): Promise<number> {
  const indicatorMap = await indicatorsByCode(tx, [input.indicatorCode]);
  const open = await existingAreaCodes(
    tx,
    input.figures.map((figure) => figure.areaCode),
  );
  const verdicts = checkValueRows(
    input.figures.map((figure, index) => ({
      rowNumber: index + 1,
      indicatorCode: input.indicatorCode,
      areaCode: figure.areaCode,
      year: String(input.year),
      value: text(figure.value),
      numerator: text(figure.numerator),
      denominator: text(figure.denominator),
    })),
    {
      indicators: indicatorMap,
      areaExists: (code) => open.has(code),
      canCapture: () => true,
      years: { min: 2500, max: 2700 },
    },
  );
  const problems = verdicts.flatMap((verdict, index) =>
    verdict.problems.map((problem) => ({
      path: `figures.${index}.${problem.field ?? ''}`,
      message: problem,
    })),
  );
  if (problems.length > 0) {
    throw invalid(problems);
  }
  const values = verdicts.flatMap((verdict) => (verdict.value ? [verdict.value] : []));
  await storeFigures(tx, values, null);
  return values.length;
}

/** Cites stored figures on a need (the need's province wall applies); returns the citation ids. */
export async function citeOnNeed(
  tx: Queryable,
  actor: Pick<Actor, 'userId'> | null,
  need: { id: string; provinceCode: string },
  citations: readonly CitationInput[],
): Promise<string[]> {
  return insertNeedEvidence(tx, need, citations, actor?.userId ?? null);
}

/** The evidence each development issue cites, by issue id (for the plan PDF). */
export function evidenceOfPlanIssues(
  tx: Queryable,
  issueIds: readonly string[],
): Promise<Map<string, Evidence[]>> {
  return evidenceOf(tx, 'plan_issue', issueIds);
}

/** The evidence each need cites, by need id. */
export function evidenceOfNeeds(tx: Queryable, needIds: readonly string[]): Promise<Map<string, Evidence[]>> {
  return evidenceOf(tx, 'need', needIds);
}

/** The id of the catalogue entry with this code, or null. */
export async function indicatorIdOf(tx: Queryable, code: string): Promise<string | null> {
  return (await indicatorsByCode(tx, [code])).get(code)?.id ?? null;
}

export { ensureDemoVillages } from './demo-villages.js';
