import { createHash } from 'node:crypto';
import { SYNC_ENTITIES } from '../core/sync/entities';
import type { Register } from './write';

/**
 * Per table, what this desk holds of the platform's rows: how many, and the
 * SHA-256 of their sorted `id:version` lines (the platform's versions, as
 * docs/sync-protocol.md defines it). The platform computes the same over its
 * rows of the desk's region; different answers mean the two do not hold the
 * same rows, whatever either believes.
 */
export function deskDigests(reg: Register): Record<string, { count: number; hash: string }> {
  const out: Record<string, { count: number; hash: string }> = {};
  const st = reg.statement('SELECT entity_id AS id, version FROM sync_rows WHERE entity = ? ORDER BY entity_id');
  for (const entity of SYNC_ENTITIES) {
    const rows = st.all(entity) as { id: string; version: number }[];
    out[entity] = {
      count: rows.length,
      hash: createHash('sha256')
        .update(rows.map((r) => `${r.id}:${r.version}`).join('\n'))
        .digest('hex'),
    };
  }
  return out;
}
