import type { FireStatus } from '../core/schemas/statuses';
import type { Register } from './write';

export interface GridMonth {
  grid: string;
  month: string;
  inspections: number;
  hazardsFound: number;
  hazardsDue: number;
  hazardsRectified: number;
}

/**
 * Counts per grid and month since `fromMonth` ('YYYY-MM'): inspections done,
 * hazards found, hazards that fell due (deadline passed by today) and how many
 * of those were rectified — the close-out rate (办结率) is rectified / due.
 */
export function gridMonthStats(reg: Register, fromMonth: string, today: string): GridMonth[] {
  const from = `${fromMonth}-01`;
  const rows = new Map<string, GridMonth>();
  const at = (grid: string | null, month: string) => {
    const g = grid ?? '—';
    const key = `${g}|${month}`;
    let row = rows.get(key);
    if (!row) {
      row = { grid: g, month, inspections: 0, hazardsFound: 0, hazardsDue: 0, hazardsRectified: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const r of reg
    .statement(
      `SELECT p.grid, substr(i.inspected_on, 1, 7) AS month, count(*) AS n FROM inspections i
         JOIN properties p ON p.id = i.property_id WHERE i.inspected_on >= ? GROUP BY 1, 2`,
    )
    .all(from) as { grid: string | null; month: string; n: number }[]) {
    at(r.grid, r.month).inspections = r.n;
  }
  for (const r of reg
    .statement(
      `SELECT p.grid, substr(h.found_on, 1, 7) AS month, count(*) AS n FROM hazards h
         JOIN properties p ON p.id = h.property_id WHERE h.found_on >= ? GROUP BY 1, 2`,
    )
    .all(from) as { grid: string | null; month: string; n: number }[]) {
    at(r.grid, r.month).hazardsFound = r.n;
  }
  for (const r of reg
    .statement(
      `SELECT p.grid, substr(h.deadline, 1, 7) AS month, count(*) AS due, sum(h.status = 'rectified') AS done
         FROM hazards h JOIN properties p ON p.id = h.property_id
        WHERE h.deadline >= ? AND h.deadline < ? GROUP BY 1, 2`,
    )
    .all(from, today) as { grid: string | null; month: string; due: number; done: number }[]) {
    const row = at(r.grid, r.month);
    row.hazardsDue = r.due;
    row.hazardsRectified = r.done;
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.grid.localeCompare(b.grid));
}

export function expiringPasses(reg: Register, by: string) {
  return reg
    .statement(
      `SELECT id AS propertyId, address, grid, date(fire_status_until, '-1 day') AS validUntil, fire_status AS fireStatus
         FROM properties WHERE status = 'active' AND fire_status = 'compliant' AND fire_status_until <= ?
        ORDER BY fire_status_until`,
    )
    .all(by) as { propertyId: string; address: string; grid: string | null; validUntil: string; fireStatus: FireStatus }[];
}
