/**
 * True only when Office.js says an *OrNullObject result is null. Anything else — including the
 * error string office-addin-mock returns for a property never loaded — counts as present, so
 * a missed load shows up as a wrong read instead of silently skipping data.
 */
export function isNull(proxy: unknown): boolean {
  return (proxy as { isNullObject?: unknown } | null)?.isNullObject === true;
}
