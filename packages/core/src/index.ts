// English for every host that imports the package (the CLI, the add-in); zh-CN is built in.
import './locales/en.ts';
import './locales/en-check.ts';

export type * from './model.ts';
export * from './vocab/index.ts';
export * from './report/index.ts';
export * from './grammar/index.ts';
export * from './sheet/index.ts';
export * from './validate/index.ts';
export {
  extractPlan,
  readDecompositionTable,
  applyCorrections,
  checkCorrections,
  cleanText,
  originalSpan,
  readDocumentInfo,
  readStance,
  readTextStance,
  type Stance,
  type TextStance,
  unreadFigures,
  figureInSentence,
  type UnreadFigure,
  type ExtractOptions,
  type DecompositionRow,
  type DecompositionTable,
  type TableText,
  type Correction,
  type CorrectionResult,
  type MappedText,
  type DocumentInfo,
} from './reader/index.ts';
export * from './check/index.ts';
export { decodeTextBytes, leaveOutNuls, nulNote, offsetBeforeNulsLeftOut, type NulsLeftOut, type TextEncodingName } from './text/decode.ts';
