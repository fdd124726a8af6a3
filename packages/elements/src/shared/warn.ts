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

/**
 * A Lit converter for data that may also come as a JSON attribute (a CMS page with no script of
 * its own): bad JSON or a value of the wrong shape is reported, naming the tag and attribute,
 * and read as null instead of throwing.
 */
export function jsonAttribute(tag: string, attribute: string, shape: 'object' | 'array') {
  return {
    fromAttribute(text: string | null): unknown {
      if (text === null || text.trim() === '') return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        console.warn(`<${tag}> ${attribute}: the attribute is not valid JSON (${(error as Error).message}); it is ignored`);
        return null;
      }
      if (shape === 'array' ? !Array.isArray(parsed) : typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        console.warn(`<${tag}> ${attribute}: the attribute must be a JSON ${shape}, got ${describe(parsed)}; it is ignored`);
        return null;
      }
      return parsed;
    },
  };
}
