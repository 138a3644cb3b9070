import type { ProjectGeometry } from '../projects/locations.js';
import { satangToBahtString } from '../thai/money.js';
import { fiscalYearRange } from '../thai/fiscal-year.js';
import type { OpenProject } from './datasets.js';

/**
 * OC4IDS-shaped project packages (Open Contracting for Infrastructure Data Standard 0.9): one per
 * published project and one per province. The project id is stable across years and systems:
 * `oc4ids-areaplan-` and the project code (budget unit, fiscal year and running number); the
 * national systems' own numbers go in `identifiers`.
 */
export const OC4IDS_VERSION = '0.9';
export const OC4IDS_ID_PREFIX = 'oc4ids-areaplan-';

export function oc4idsProjectId(code: string): string {
  return `${OC4IDS_ID_PREFIX}${code}`;
}

/** Lifecycle → OC4IDS projectStatus codelist. */
const STATUS: Record<string, Oc4idsStatus> = {
  in_action_plan: 'preparation',
  requested: 'preparation',
  in_draft_bill: 'preparation',
  allocated: 'implementation',
  spending: 'implementation',
  carried_over: 'implementation',
  completed: 'completion',
  closed: 'completed',
};
type Oc4idsStatus = 'identification' | 'preparation' | 'implementation' | 'completion' | 'completed';

/** The national systems' ids, by the scheme names the package uses. */
const IDENTIFIER_SCHEMES = [
  ['emenscrCode', 'TH-EMENSCR'],
  ['budgetBureauCode', 'TH-BB'],
  ['gfmisCode', 'TH-GFMIS'],
  ['egpNumber', 'TH-EGP'],
] as const;

export type Oc4idsLocation = { areaCode: string; areaName: string; geometry: ProjectGeometry | null };

type Value = { amount: number; currency: 'THB' };
export type Oc4idsProject = {
  id: string;
  updated: string;
  title: string;
  description?: string;
  status: Oc4idsStatus;
  period: { startDate: string; endDate: string };
  budget: { amount: Value };
  publicAuthority?: { name: string };
  locations: {
    id: string;
    description: string;
    geometry?: ProjectGeometry;
    gazetteer: { scheme: string; identifiers: string[] };
  }[];
  identifiers: { id: string; scheme: string }[];
};

export type Oc4idsPackage = {
  uri: string;
  version: string;
  publishedDate: string;
  publisher: { name: string; uri?: string };
  license: string;
  projects: Oc4idsProject[];
};

const baht = (satang: string): Value => ({
  amount: Number(satangToBahtString(BigInt(satang))),
  currency: 'THB',
});

export function toOc4idsProject(project: OpenProject, locations: readonly Oc4idsLocation[]): Oc4idsProject {
  const year = fiscalYearRange(project.fiscalYear);
  return {
    id: oc4idsProjectId(project.code),
    updated: project.updatedAt,
    title: project.title,
    ...(project.objective ? { description: project.objective } : {}),
    status: STATUS[project.status] ?? 'identification',
    period: {
      startDate: year.start.toISOString(),
      endDate: new Date(year.end.getTime() - 1000).toISOString(),
    },
    budget: { amount: baht(project.totalSatang) },
    ...(project.implementingAgency ? { publicAuthority: { name: project.implementingAgency } } : {}),
    locations: locations.map((location) => ({
      id: location.areaCode,
      description: location.areaName,
      ...(location.geometry ? { geometry: location.geometry } : {}),
      gazetteer: { scheme: 'TH-DOPA', identifiers: [location.areaCode] },
    })),
    identifiers: IDENTIFIER_SCHEMES.flatMap(([field, scheme]) => {
      const id = project[field];
      return id ? [{ id, scheme }] : [];
    }),
  };
}

/** A package of projects; `publishedDate` is the latest change among them (stable for caching). */
export function oc4idsPackage(uri: string, projects: readonly Oc4idsProject[]): Oc4idsPackage {
  const latest = projects.reduce((max, project) => (project.updated > max ? project.updated : max), '');
  return {
    uri,
    version: OC4IDS_VERSION,
    publishedDate: latest || new Date(0).toISOString(),
    publisher: { name: 'กระทรวงมหาดไทย (AreaPlan) / Ministry of Interior, Thailand' },
    license: 'https://opendatacommons.org/licenses/by/1-0/',
    projects: [...projects],
  };
}
