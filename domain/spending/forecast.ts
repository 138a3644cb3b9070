import type { ProcurementStage } from './procurement.js';

/**
 * How much of the plan still ahead a project is expected to pay out by September, per mille, by
 * how far its procurement has come: the further along, the surer the money.
 */
export const STAGE_DELIVERY_PER_MILLE: Record<ProcurementStage, bigint> = {
  not_started: 500n,
  tor: 600n,
  announced: 700n,
  bidding: 800n,
  contract_signed: 950n,
  delivered: 1000n,
  paid: 1000n,
};

/**
 * Year-end disbursement forecast: what is paid so far, plus the plan still ahead scaled by the pace
 * so far (paid ÷ planned to date, at most 1) and by the procurement stage's likelihood; never more
 * than the contract value once signed (else the allocation), never less than what is paid.
 */
export function yearEndForecast(input: {
  allocationSatang: bigint;
  contractValueSatang: bigint | null;
  planCumSatang: bigint;
  planTotalSatang: bigint;
  disbursedCumSatang: bigint;
  stage: ProcurementStage;
}): bigint {
  const ceiling =
    input.contractValueSatang !== null && input.contractValueSatang < input.allocationSatang
      ? input.contractValueSatang
      : input.allocationSatang;
  const ahead =
    input.planTotalSatang > input.planCumSatang ? input.planTotalSatang - input.planCumSatang : 0n;
  const onPace = input.planCumSatang === 0n || input.disbursedCumSatang >= input.planCumSatang;
  const paced = onPace ? ahead : (ahead * input.disbursedCumSatang) / input.planCumSatang;
  const expected = input.disbursedCumSatang + (paced * STAGE_DELIVERY_PER_MILLE[input.stage]) / 1000n;
  if (expected > ceiling) {
    return ceiling > input.disbursedCumSatang ? ceiling : input.disbursedCumSatang;
  }
  return expected;
}
