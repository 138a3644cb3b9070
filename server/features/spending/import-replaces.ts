/** The key of one month's figure of a project from one fund source. */
export type ActualKey = { projectId: string; fiscalYear: number; fiscalMonth: number; funds: string };

export const actualKeyText = (key: ActualKey) =>
  `${key.projectId}|${key.fiscalYear}|${key.fiscalMonth}|${key.funds}`;

/** What an extract row names once matched: its project (id and province) and its month and funds. */
export type ReplacingRow = {
  row: { fiscalYear: number; fiscalMonth: number; funds: string };
  project: { id: string; provinceCode: string };
};

/**
 * Which stored figures importing the rows replaces: in the file's months, every imported figure in
 * the file's provinces, and any figure (also an entered one) for a project, month and funds in the
 * file. The import removes these; the carry-over limit leaves them out of what was already paid.
 */
export function replacedBy(rows: readonly ReplacingRow[]) {
  const provinces = new Set(rows.map(({ project }) => project.provinceCode));
  const fileKeys = new Set(rows.map(({ row, project }) => actualKeyText({ ...row, projectId: project.id })));
  const months = new Set(rows.map(({ row }) => `${row.fiscalYear}|${row.fiscalMonth}`));
  return (figure: ActualKey & { source: string; provinceCode: string }): boolean =>
    months.has(`${figure.fiscalYear}|${figure.fiscalMonth}`) &&
    ((figure.source === 'imported' && provinces.has(figure.provinceCode)) ||
      fileKeys.has(actualKeyText(figure)));
}
