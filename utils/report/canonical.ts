/**
 * Deterministic JSON for hashing: the same value always gives the same text, whatever order its keys
 * were set in, so a record can be re-hashed years later by anyone with the same rules (object keys
 * sorted by UTF-16 code unit, as in RFC 8785; no whitespace; numbers and strings as JSON.stringify
 * writes them). `undefined` properties are left out, as JSON.stringify does, so an absent optional
 * field and one set to undefined hash the same.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // JSON.stringify would quietly turn these into null, and two different records would then hash the same.
      if (!Number.isFinite(value)) throw new Error(`Cannot make canonical JSON of the number ${value}.`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new Error(`Cannot make canonical JSON of a ${typeof value}.`);
  }
  const object = value as object;
  if (open.has(object)) throw new Error('Cannot make canonical JSON of a value that contains itself.');
  open.add(object);
  try {
    if (Array.isArray(object)) {
      // Inside arrays, undefined (and a hole) becomes null as in JSON.stringify, so positions never shift.
      return `[${Array.from(object, (item: unknown) => (item === undefined ? 'null' : write(item, open))).join(',')}]`;
    }
    const proto = Object.getPrototypeOf(object) as unknown;
    // Dates, Maps and typed arrays have no single obvious JSON form; refusing them keeps the hash honest.
    if (proto !== Object.prototype && proto !== null) throw new Error('Cannot make canonical JSON of anything but plain objects and arrays.');
    const entries = Object.keys(object)
      .filter((key) => (object as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write((object as Record<string, unknown>)[key], open)}`);
    return `{${entries.join(',')}}`;
  } finally {
    open.delete(object);
  }
}
