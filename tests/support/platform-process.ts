import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface PlatformProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM and wait; `kill -9` with signal 'SIGKILL'. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The platform as its operators run it: `npm run platform` in its own process
 * (here through tsx directly, without npm's wrapper, so a kill reaches it).
 * Resolves once it prints "platform listening on …".
 */
export async function startPlatformProcess(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<PlatformProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'platform/main.ts', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // PLATFORM_ECHO=1: the platform's own log lines on this process's stderr, to see why a request failed.
  if (process.env.PLATFORM_ECHO) {
    child.stdout!.pipe(process.stderr);
    child.stderr!.pipe(process.stderr);
  }
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the platform did not start:\n${out}`)), 60_000);
    const look = () => {
      const m = /platform listening on (https?:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the platform exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}

/** `npm run platform -- admin …` as its own process; resolves with what it printed and its exit status. */
export function runPlatformAdmin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}
