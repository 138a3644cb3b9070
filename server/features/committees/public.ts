/**
 * What other features may use of committees: the dashboard card's figures (the reader's walls apply)
 * and the daily digest source of meeting and follow-up reminders (registered with notifications).
 */
export { committeeDashboard, DASHBOARD_ROWS } from './dashboard.js';
export { committeeDigestSource } from './reminders.js';
