/** What other features use of the alignment reference trees: their nodes, for plans and the explanation pack. */
export { loadAlignmentNodes } from './service.js';
