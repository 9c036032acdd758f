import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The network between the desks and the platform, made hostile on purpose: a
 * small HTTP proxy of ours that, for each request, does what its `decide`
 * says. Its faults never change a body's content (that would test a forger,
 * not a network); they lose, repeat, delay, cut and replay. Only the
 * fail-safe's case asks it to empty a pull, as a broken cache would.
 *
 * - `pass`: forwarded as it is.
 * - `refuse`: the request never reaches the platform (the connection drops).
 * - `loseReply`: the platform gets and commits it; the reply is lost.
 * - `duplicate`: sent twice; the desk gets the second answer.
 * - `delay`: forwarded after `delayMs`.
 * - `cutReply`: the reply is cut off in the middle of its body.
 * - `stalePull`: a pull is answered with an earlier pull's reply (an old page from a cache).
 * - `unavailable`: 503 from "a gateway", the platform never sees it.
 */
export type Fault = 'pass' | 'refuse' | 'loseReply' | 'duplicate' | 'delay' | 'cutReply' | 'stalePull' | 'unavailable';
export const FAULTS: readonly Fault[] = ['pass', 'refuse', 'loseReply', 'duplicate', 'delay', 'cutReply', 'stalePull', 'unavailable'];

export interface ProxyRequest {
  method: string;
  path: string;
}

export interface FaultProxy {
  url: string;
  /** What happened, by fault. */
  counts: Record<Fault, number>;
  /** Pushes the platform received again, or whose answer the desk never read: it will send them again. */
  pushRepeats(): number;
  /** Replaces the decision (the schedule's faults, or `() => 'pass'` once they stop). */
  setDecide(decide: (r: ProxyRequest) => Fault): void;
  /** Where the platform is now (it may restart on another port); with several, requests take turns (instances behind a balancer). */
  setTarget(...urls: string[]): void;
  /**
   * Runs once the platform has answered and before the answer goes on (null: none): a kill here is a desk that
   * dies after the platform committed its push and before it heard so.
   */
  setBeforeReply(hook: ((r: ProxyRequest) => Promise<void>) | null): void;
  /**
   * Replaces the body of each 200 reply to a pull while set (null: none), as a broken cache or a middlebox
   * would: the one fault that edits content, for the fail-safe's case.
   */
  setPullRewrite(rewrite: ((body: Record<string, unknown>) => Record<string, unknown>) | null): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export async function startFaultProxy(target: string, opts: { delayMs?: number } = {}): Promise<FaultProxy> {
  let targets = [new URL(target)];
  let turn = 0;
  let decide: (r: ProxyRequest) => Fault = () => 'pass';
  let beforeReply: ((r: ProxyRequest) => Promise<void>) | null = null;
  let pullRewrite: ((body: Record<string, unknown>) => Record<string, unknown>) | null = null;
  const counts = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  const pulls: Reply[] = [];
  let repeats = 0;

  const forward = (req: IncomingMessage, body: Buffer): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const to = targets[turn++ % targets.length]!;
      const headers = { ...req.headers, host: to.host };
      const out = request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h[k] = v;
          resolve({ status: res.statusCode ?? 502, headers: h, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      });
      out.on('error', reject);
      out.end(body);
    });

  const send = (res: ServerResponse, r: Reply) => {
    const headers: Record<string, string> = { ...r.headers, 'content-length': String(r.body.length) };
    delete headers['transfer-encoding'];
    res.writeHead(r.status, headers);
    res.end(r.body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const path = (req.url ?? '/').split('?')[0]!;
        let fault = decide({ method: req.method ?? 'GET', path });
        if (fault === 'stalePull' && (path !== '/v1/pull' || !pulls.length)) fault = 'pass';
        counts[fault]++;
        if (path === '/v1/push' && (fault === 'duplicate' || fault === 'loseReply' || fault === 'cutReply')) repeats++;
        try {
          switch (fault) {
            case 'refuse':
              req.socket.destroy();
              return;
            case 'unavailable':
              res.writeHead(503, { 'content-type': 'text/html' });
              res.end('<html><body>502 Bad Gateway</body></html>');
              return;
            case 'stalePull':
              send(res, pulls[Math.floor(pulls.length / 2)]!);
              return;
            case 'delay':
              await new Promise((r) => setTimeout(r, opts.delayMs ?? 1500));
              break;
            default:
              break;
          }
          let reply = await forward(req, body);
          if (fault === 'duplicate') reply = await forward(req, body);
          if (beforeReply) await beforeReply({ method: req.method ?? 'GET', path });
          if (pullRewrite && path === '/v1/pull' && reply.status === 200) {
            const body = Buffer.from(JSON.stringify(pullRewrite(JSON.parse(reply.body.toString('utf8')) as Record<string, unknown>)));
            reply = { ...reply, body };
          }
          if (path === '/v1/pull' && reply.status === 200) {
            pulls.push(reply);
            if (pulls.length > 50) pulls.shift();
          }
          if (fault === 'loseReply') {
            req.socket.destroy();
            return;
          }
          if (fault === 'cutReply') {
            const headers: Record<string, string> = { ...reply.headers, 'content-length': String(reply.body.length) };
            delete headers['transfer-encoding'];
            res.writeHead(reply.status, headers);
            res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)));
            setTimeout(() => req.socket.destroy(), 20);
            return;
          }
          send(res, reply);
        } catch {
          // The platform is down or restarting: to the desk, the network failed.
          req.socket.destroy();
        }
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    pushRepeats: () => repeats,
    setDecide: (d) => (decide = d),
    setTarget: (...urls) => (targets = urls.map((u) => new URL(u))),
    setBeforeReply: (hook) => (beforeReply = hook),
    setPullRewrite: (rewrite) => (pullRewrite = rewrite),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
