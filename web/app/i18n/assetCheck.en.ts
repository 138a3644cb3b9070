import type { assetCheckTh } from './assetCheck.th.js';

/** English texts of the yearly asset check screen. */
export const assetCheckEn: Record<keyof typeof assetCheckTh, string> = {
  'assetCheck.open': 'Yearly asset check',
  'assetCheck.title': 'Yearly check of {code}',
  'assetCheck.backToAsset': 'Back to the asset',
  'assetCheck.due': 'Check due on {date}',
  'assetCheck.overdue': 'Check overdue since {date}',
  'assetCheck.notHeld': 'This asset has been transferred or written off; its receiver checks it',
  'assetCheck.checkedOn': 'Date checked',
  'assetCheck.condition': 'Condition',
  'assetCheck.inUse': 'Use',
  'assetCheck.inUse.yes': 'In use',
  'assetCheck.inUse.no': 'Not in use',
  'assetCheck.note': 'Note',
  'assetCheck.photo': 'Photo (optional)',
  'assetCheck.photo.choose': 'Choose a JPEG, PNG or WebP photo',
  'assetCheck.photo.hint': 'The photo is shrunk for lists; the original opens from its preview',
  'assetCheck.submit': 'Record the check',
  'assetCheck.failed': 'The check could not be recorded',
  'assetCheck.saved': 'Check recorded',
  'assetCheck.photoColumn': 'Photo',
  'assetCheck.photoAlt': 'Photo of the check on {date}',
  'assetCheck.noPhoto': 'No photo',
  'assetCheck.noteColumn': 'Note',
  'assetCheck.action': 'Check',
};
