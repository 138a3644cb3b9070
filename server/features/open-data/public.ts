/**
 * What the portal uses of open data: the public read path and the published-project reads, so the
 * portal's pages and the open-data API answer from the same views with the same caching.
 */
export { inPublicReadTransaction } from './public-read.js';
export { openProjectByCode, openProjectPage } from './projects.js';
export { loadDataset } from './datasets.js';
export { sendCached, PUBLIC_CACHE_CONTROL } from './http-cache.js';
