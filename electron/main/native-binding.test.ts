import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSqliteBinding } from './native-binding';

describe('the Electron build of better-sqlite3', () => {
  const packed = join('/opt/desk/resources', 'native', 'better_sqlite3.node');

  it('prefers DESK_SQLITE_BINDING', () => {
    expect(electronSqliteBinding('/opt/desk/resources', { DESK_SQLITE_BINDING: '/dev/b.node' }, () => true)).toBe('/dev/b.node');
  });

  it('uses the copy packed in resources/native when it is there', () => {
    expect(electronSqliteBinding('/opt/desk/resources', {}, (f) => f === packed)).toBe(packed);
  });

  it("falls back to better-sqlite3's own lookup", () => {
    expect(electronSqliteBinding('/opt/desk/resources', {}, () => false)).toBeUndefined();
    expect(electronSqliteBinding(undefined, {}, () => true)).toBeUndefined();
  });
});
