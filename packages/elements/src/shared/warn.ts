/**
 * Bad data handed to an element is reported once per element and property, as a console warning
 * that names the tag and the property, and the element renders what it can instead of throwing.
 */
const warned = new WeakMap<Element, Set<string>>();

export function warnOnce(element: Element, property: string, problem: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(property)) return;
  seen.add(property);
  warned.set(element, seen);
  console.warn(`<${element.localName}> ${property}: ${problem}`);
}

/** A short description of a value's type for such messages: "a string", "an object", "null". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
