/** What other features use of users: a user as the session presents it. */
export { findUserPresentation } from './service.js';
