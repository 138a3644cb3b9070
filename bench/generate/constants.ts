/** The province of province scale and of the bench's scoped planner (Nakhon Ratchasima). */
export const BENCH_PROVINCE = '30';
/** Needs at national scale. */
export const NATIONAL_NEEDS = 1_000_000;
/** Projects at national scale, over FY2566–2570. */
export const NATIONAL_PROJECTS = 200_000;
/** Assets at national scale, handed over by the delivered projects. */
export const NATIONAL_ASSETS = 50_000;
