import type {
  Household,
  HouseholdDetail,
  MaskedMember,
} from '../../../domain/households/household-response.js';
import { nextHouseholdStatuses } from '../../../domain/households/household.js';
import type {
  householdHelp,
  householdMembers,
  households,
  householdStatusEvents,
  householdVisits,
} from './tables.js';

type HouseholdRow = typeof households.$inferSelect;
type MemberRow = typeof householdMembers.$inferSelect;

export function presentMember(row: MemberRow, erased: boolean): MaskedMember {
  return {
    id: row.id,
    nationalIdMasked: row.nationalIdMasked ?? '—',
    nameMasked: row.nameMasked ?? '—',
    relation: row.relation,
    birthYear: row.birthYear,
    erased,
  };
}

export function presentHousehold(
  row: HouseholdRow,
  members: { count: number; headMasked: string | null },
): Household {
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    areaCode: row.areaCode,
    villageNo: row.villageNo,
    shortfalls: row.shortfalls,
    status: row.status,
    identifiedOn: row.identifiedOn,
    statusChangedOn: row.statusChangedOn,
    memberCount: members.count,
    headMasked: members.headMasked,
    isDemo: row.isDemo,
    version: row.version,
  };
}

export function presentHouseholdDetail(
  row: HouseholdRow,
  parts: {
    members: readonly MemberRow[];
    help: readonly (typeof householdHelp.$inferSelect)[];
    visits: readonly (typeof householdVisits.$inferSelect)[];
    history: readonly (typeof householdStatusEvents.$inferSelect)[];
  },
): HouseholdDetail {
  const erased = row.personalErasedAt !== null;
  const head = parts.members.find((member) => member.relation === 'head') ?? parts.members[0];
  return {
    ...presentHousehold(row, { count: parts.members.length, headMasked: head?.nameMasked ?? null }),
    houseNoMasked: row.houseNoMasked,
    members: parts.members.map((member) => presentMember(member, erased)),
    help: parts.help.map((help) => ({
      id: help.id,
      dimension: help.dimension,
      agencyId: help.agencyId,
      agencyName: help.agencyName,
      givenOn: help.givenOn,
      description: help.description,
    })),
    visits: parts.visits.map((visit) => ({ id: visit.id, visitedOn: visit.visitedOn, note: visit.note })),
    history: parts.history.map((event) => ({
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      on: event.on,
      reason: event.reason,
    })),
    nextStatuses: [...nextHouseholdStatuses(row.status)],
  };
}
