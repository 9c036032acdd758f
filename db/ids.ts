import { randomBytes } from 'node:crypto';
import { ulid } from '../core/ids';

/**
 * New row keys. Random bytes come from a pool refilled 4 KiB at a time:
 * one randomBytes() call per ID cost more than the SQLite insert itself.
 */
const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let offset = 0;

export function newId(at: number): string {
  if (offset + 10 > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  const id = ulid(at, pool.subarray(offset, offset + 10));
  offset += 10;
  return id;
}
