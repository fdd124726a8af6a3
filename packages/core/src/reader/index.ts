/** The plan reader: plan documents as received → Plan (see README.md in this folder). */
export { extractPlan, readStance, type ExtractOptions } from './extract.ts';
export { readTextStance, type Stance, type TextStance } from './text-stance.ts';
export { readDecompositionTable, type DecompositionRow, type DecompositionTable, type TableText } from './table.ts';
export { cleanText } from './clean.ts';
export { originalSpan, type MappedText } from './mapped-text.ts';
export { readOutline, type Block, type Outline, type Part } from './structure.ts';
export { parseDepartmentList, trailingDepartments, type DepartmentList } from './departments.ts';
export { readDocumentInfo, type DocumentInfo } from './document-info.ts';
export { REGIONS, findRegion, type RegionEntry } from './regions.ts';
export { applyCorrections, checkCorrections, type Correction, type CorrectionResult } from './corrections.ts';
export { figureInSentence, unreadFigures, type UnreadFigure } from './unread-figures.ts';
