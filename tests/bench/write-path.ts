import { join } from 'node:path';
import { openRegister } from '../../db/open';
import type { Register } from '../../db/write';
import { residentId } from '../support/people';
import { report } from './report';

/**
 * The write path (change + audit + outbox, one transaction per clerk action)
 * against a raw prepared INSERT of the same landlord row into an identical,
 * freshly migrated register, each committed on its own as a clerk's save is.
 * A second figure commits 1,000 rows per transaction, where the write path's
 * extra rows show most.
 */
export function benchWritePath(reg: Register, dir: string, n = 2000): void {
  const ref = openRegister(join(dir, 'reference.sqlite')).sqlite;
  const insert = ref.prepare(
    `INSERT INTO landlords (id, kind, name, id_type, id_number, mobile, address, letter_signed, created_at, updated_at, version)
     VALUES (?, 'person', ?, 'resident_id', ?, ?, NULL, 0, ?, ?, 1)`,
  );
  const row = (i: number, base: number) => ({
    name: '基准房东',
    idNumber: residentId('331004', dateFor(base + i), (i % 999) + 1),
    mobile: '13800000000',
  });

  for (const [label, perTx] of [
    ['write_path_per_action', 1],
    ['write_path_bulk_1000', 1000],
  ] as const) {
    const base = label === 'write_path_per_action' ? 100_000 : 200_000;
    const count = perTx === 1 ? n : n * 10;
    // Reference first, then ours, the same rows each.
    let t = process.hrtime.bigint();
    for (let i = 0; i < count; i += perTx) {
      ref
        .transaction(() => {
          for (let j = i; j < Math.min(count, i + perTx); j++) {
            const r = row(j, base);
            insert.run(`REF${base + j}`.padEnd(26, '0'), r.name, r.idNumber, r.mobile, Date.now(), Date.now());
          }
        })
        .immediate();
    }
    const refPerSec = count / (Number(process.hrtime.bigint() - t) / 1e9);

    t = process.hrtime.bigint();
    for (let i = 0; i < count; i += perTx) {
      reg.write({ clerkId: null, action: 'landlords.create', at: Date.now() }, (w) => {
        for (let j = i; j < Math.min(count, i + perTx); j++) {
          const r = row(j, base);
          w.insert('landlords', { name: r.name, idType: 'resident_id', idNumber: r.idNumber, mobile: r.mobile });
        }
      });
    }
    const oursPerSec = count / (Number(process.hrtime.bigint() - t) / 1e9);
    const ratio = oursPerSec / refPerSec;
    report({
      name: label,
      ours: oursPerSec,
      reference: refPerSec,
      ratio,
      unit: 'rows/s',
      referenceIs: `raw prepared INSERT of the same row, ${perTx} per transaction`,
      target: 'ratio >= 0.5',
      met: ratio >= 0.5,
    });
  }
  ref.close();
}

/** Distinct valid birth dates so generated IDs never repeat. */
function dateFor(i: number): string {
  const d = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 999) * 86400000);
  return d.toISOString().slice(0, 10).replaceAll('-', '');
}
