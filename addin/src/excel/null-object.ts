/**
 * True only when Office.js says an *OrNullObject result is null. Anything else — including the
 * error string office-addin-mock returns for a property never loaded — counts as present, so
 * a missed load shows up as a wrong read instead of silently skipping data. A missing proxy
 * (null: we knew before asking that the item does not exist) is null too.
 */
export function isNull(proxy: unknown): boolean {
  if (proxy === null || proxy === undefined) return true;
  return (proxy as { isNullObject?: unknown }).isNullObject === true;
}
