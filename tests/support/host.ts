import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVE = resolve(import.meta.dirname, '../..', process.env.DESK_DIST ?? 'dist', 'electron/serve.mjs');

export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the real browser host (`dist/electron/serve.mjs`, as `npm run serve`
 * runs it) on a free port with a fresh data folder, and waits for its
 * "listening on" line.
 */
export async function startHost(
  opts: {
    dataDir?: string;
    args?: string[];
    env?: Record<string, string>;
    /** A build folder other than DESK_DIST's. */ dist?: string;
  } = {},
): Promise<RunningHost> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  const serve = opts.dist ? resolve(import.meta.dirname, '../..', opts.dist, 'electron/serve.mjs') : SERVE;
  const child = spawn(process.execPath, [serve, '--port', '0', '--data', dataDir, ...(opts.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  let log = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${log}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${log}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
