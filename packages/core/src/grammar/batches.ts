/**
 * Batch words around a count (首批100个示范社区全面建成, 首批建成20个, 第二批认定15家, 三批次135个项目): the batch says which
 * of the things are counted, as a scope word says where — it is no noun the count qualifies and no part of the metric,
 * and a verb of work after it still governs the count.
 *
 * Only an ordinal or numbered batch (首批, 第N批, N批次): 获批, 审批, 报批, 分批 are verbs and adverbs, and 一批 (一批企业)
 * is an article with no figure; those keep their meaning.
 */

const BATCH_WORD = String.raw`(?:首|第[\d一二两三四五六七八九十]+|[\d两二三四五六七八九十]+)\s*批次?`;

/** A batch word closing the words right before a count (…保障三批次, 全市首批). */
export const BATCH_BEFORE_COUNT = new RegExp(`${BATCH_WORD}$`);

/** A batch word opening the words before a count (首批建成, 第二批认定), matched in place. */
export const BATCH_OPENING = new RegExp(BATCH_WORD, 'y');
