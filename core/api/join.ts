/** The intersection of a union of object types: several groups joined into one map type. */
export type Joined<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Joins per-domain maps (contract groups, handler groups) into one, refusing
 * a name that two groups define: a spread would let the later one win
 * silently, and a procedure could answer with the wrong handler.
 */
export function joinGroups<T extends Record<string, unknown>[]>(what: string, ...groups: T): Joined<T[number]> {
  const out: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, value] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(out, name)) throw new Error(`${what} defined twice: ${name}`);
      out[name] = value;
    }
  }
  return out as Joined<T[number]>;
}
