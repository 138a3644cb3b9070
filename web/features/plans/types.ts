import type { AlignmentLevel, AlignmentScheme } from '../../../domain/alignment/alignment.js';

export interface AlignmentNode {
  id: string;
  scheme: AlignmentScheme;
  schemeVersion: string;
  code: string;
  parentId: string | null;
  level: AlignmentLevel;
  titleTh: string;
  titleEn: string | null;
  isVerified: boolean;
  source: string | null;
  sortOrder: number;
  isActive: boolean;
  childCount?: number;
  version: number;
}
