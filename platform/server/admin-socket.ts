import { createServer, request, type Server } from 'node:http';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runAdmin, UsageError } from '../cli/admin';
import { describeError, type Logger } from '../log';
import type { Store } from '../store/open';

/**
 * Embedded PGlite is one process's: while the platform serves a data folder,
 * `admin` commands on that folder are handed to it through a socket in the
 * folder (owner-only, as the folder is) instead of opening the database a
 * second time. On PostgreSQL the commands open the database themselves.
 */
export const ADMIN_SOCKET = 'admin.sock';

export interface AdminReply {
  code: number;
  out: string;
  err: string;
}

export function listenAdmin(store: Store, dataDir: string, log: Logger, now: () => number = Date.now): Server {
  const path = join(dataDir, ADMIN_SOCKET);
  if (existsSync(path)) rmSync(path);
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const reply: AdminReply = { code: 0, out: '', err: '' };
      const { args, flags } = JSON.parse(body) as { args: string[]; flags: Record<string, string | boolean> };
      runAdmin(store, args, flags, { out: (t) => (reply.out += `${t}\n`), json: flags.json === true, now })
        .catch((e: unknown) => {
          if (e instanceof UsageError) {
            reply.code = 2;
            reply.err = `${e.message}\n`;
          } else {
            reply.code = 1;
            reply.err = `the command failed: ${e instanceof Error ? e.message : String(e)}\n`;
            log.error('admin command failed', { args, error: describeError(e) });
          }
        })
        .finally(() => {
          log.info('admin command', { args: args.slice(0, 2), code: reply.code });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
        });
    });
  });
  server.listen(path);
  return server;
}

/** Sends an admin command to the platform serving `dataDir`, or answers null when none is. */
export function sendAdmin(dataDir: string, args: string[], flags: Record<string, unknown>): Promise<AdminReply | null> {
  const socketPath = join(dataDir, ADMIN_SOCKET);
  if (!existsSync(socketPath)) return Promise.resolve(null);
  return new Promise((done) => {
    const req = request({ socketPath, method: 'POST', path: '/' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done(JSON.parse(body) as AdminReply));
    });
    // A socket left by a platform that was killed: nobody answers, so the command runs here.
    req.on('error', () => done(null));
    req.end(JSON.stringify({ args, flags }));
  });
}
