/** What other features use of jobs: a queued job as the API presents it. */
export { presentJob } from './service.js';
