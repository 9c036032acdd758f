import { regionFullName } from '../core/regions';
import type { Register, Writer } from './write';

export interface DeskRow {
  id: string;
  name: string;
  regionCode: string;
  deskCode: string;
}

/** The desk's profile, or null before first-run setup. */
export function readDesk(reg: Register): DeskRow | null {
  const row = reg.statement('SELECT id, name, region_code AS regionCode, desk_code AS deskCode FROM desk LIMIT 1').get() as
    DeskRow | undefined;
  return row ?? null;
}

/** The desk's profile as the pages show it, with its region's full name. */
export const deskProfile = (d: DeskRow) => ({
  id: d.id,
  name: d.name,
  regionCode: d.regionCode,
  regionName: regionFullName(d.regionCode) ?? d.regionCode,
});

/**
 * First run: the desk profile and the sync bookkeeping row that gives the
 * outbox its desk ID and sequence. Runs inside the caller's write transaction.
 */
export function createDesk(
  w: Writer,
  reg: Register,
  desk: { id: string; name: string; regionCode: string; deskCode: string; publicKey?: string },
) {
  const row = w.insert('desk', desk);
  reg.statement('INSERT INTO sync_state (id, desk_id, last_seq) VALUES (1, ?, 0)').run(desk.id);
  return row;
}
