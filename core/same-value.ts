/**
 * Whether two field values are the same, JSON compared by content and not by
 * key order: PostgreSQL's jsonb hands objects back with their keys reordered,
 * and a reordered checklist is not a change — on the desk or on the platform.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
  return false;
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical((v as Record<string, unknown>)[k]);
    return out;
  }
  return v ?? null;
}
