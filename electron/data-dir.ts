import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name under the OS's per-user app-data folder; Electron's userData is pinned to it too. */
export const APP_FOLDER = 'RentalServiceDesk';

/**
 * The per-user data folder, computed the way Electron's `app.getPath('userData')`
 * is, so the browser host and the Electron host open the same register.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER);
}
