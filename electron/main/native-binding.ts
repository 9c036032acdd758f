import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 inside Electron needs a build for Electron's ABI, kept apart
 * from the Node build the tests use (toolchain.md): DESK_SQLITE_BINDING wins
 * (development), then the copy packed at `<resources>/native/`. Undefined
 * means better-sqlite3's own lookup, which finds the Node build.
 */
export function electronSqliteBinding(
  resourcesPath: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  const fromEnv = env.DESK_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  if (!resourcesPath) return undefined;
  const packed = join(resourcesPath, 'native', 'better_sqlite3.node');
  return exists(packed) ? packed : undefined;
}
