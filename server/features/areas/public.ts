/**
 * What other features use of areas: whether a code is open (or retired, naming its successor), area
 * and cluster lookups for names and drill-downs, and the provinces and clusters agencies seed from.
 */
export { provincesAndClusters } from './reference-seed.js';
export { areaSearchDocument, findMissingScopeRefs, getArea, listAreas, listClusters } from './service.js';
export { assertCurrentArea, closedAreaMessages, isOpenArea } from './validity.js';
