import { forgetPlatformVersion, PLATFORM_ORIGIN, setPlatformVersion } from './sync-rows';
import type { Writer } from './write';

/**
 * The platform mapped this desk's new landlord to one the city already had
 * (the same ID type and number): the desk's rows follow the survivor, in the
 * transaction that stores the answer. The desk's own landlord row is removed
 * (kept whole in the audit log) and the survivor's, as the platform holds it,
 * takes its place; properties point at it. Foreign keys are checked at
 * commit, so the order of the three steps cannot trip them.
 */
export function mergeLandlord(
  w: Writer,
  aliasId: string,
  survivor: { id: string; fields: Record<string, unknown> | null; version: number | null },
  touched: Set<string>,
): void {
  const reg = w.reg;
  if (aliasId === survivor.id) return;
  reg.sqlite.pragma('defer_foreign_keys = ON');
  const alias = reg.get('landlords', aliasId);
  const held = reg.get('landlords', survivor.id);
  if (alias) w.remove('landlords', aliasId, PLATFORM_ORIGIN);
  if (!held) {
    // The platform sends the survivor's fields with the answer; without them the desk keeps its own copy under the survivor's id.
    const fields = survivor.fields ?? (alias ? (({ id: _i, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest)(alias) : null);
    if (fields) w.insert('landlords', { ...(fields as object), id: survivor.id } as never, { origin: PLATFORM_ORIGIN });
  }
  const properties = reg.statement('SELECT id FROM properties WHERE landlord_id = ?').all(aliasId) as { id: string }[];
  for (const p of properties) {
    w.update('properties', p.id, { landlordId: survivor.id }, { origin: PLATFORM_ORIGIN });
    touched.add(p.id);
  }
  forgetPlatformVersion(reg, 'landlords', aliasId);
  if (survivor.version !== null) setPlatformVersion(reg, 'landlords', survivor.id, survivor.version, null);
}
