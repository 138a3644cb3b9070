export * from './bangkok-time.js';
export * from './fiscal-year.js';
export * from './be-date.js';
export * from './be-year.js';
export * from './money.js';
export * from './baht-text.js';
export * from './segment.js';
