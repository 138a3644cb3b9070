const PATTERN = /^N(\d{2})-(\d{4})-(\d{5,})$/;

export type NeedReference = { provinceCode: string; fiscalYear: number; runningNo: number };

/** The human-friendly number of a need: N<province>-<BE fiscal year>-<running no., 5+ digits>. */
export function formatNeedReference(provinceCode: string, fiscalYear: number, runningNo: number): string {
  if (!/^\d{2}$/.test(provinceCode)) {
    throw new RangeError(`Invalid province code: ${provinceCode}`);
  }
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999) {
    throw new RangeError(`Invalid fiscal year: ${fiscalYear}`);
  }
  if (!Number.isInteger(runningNo) || runningNo < 1) {
    throw new RangeError(`Invalid running number: ${runningNo}`);
  }
  return `N${provinceCode}-${fiscalYear}-${String(runningNo).padStart(5, '0')}`;
}

/** The parts of a need reference number, or null when it is not one (spaces and case forgiven). */
export function parseNeedReference(text: string): NeedReference | null {
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match?.[1] || !match[2] || !match[3]) {
    return null;
  }
  const runningNo = Number(match[3]);
  if (runningNo < 1) {
    return null;
  }
  return { provinceCode: match[1], fiscalYear: Number(match[2]), runningNo };
}
