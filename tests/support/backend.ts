import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { FromBackend, ToBackend } from '../../electron/backend/messages';
import { runBackend, type BackendPort } from '../../electron/backend/serve';
import { silentLogger, type Logger } from '../../electron/log';
import type { BackendProcess } from '../../electron/main/backend-host';
import { openServices } from '../../electron/services';

/**
 * A stand-in for Electron's UtilityProcess (its binary cannot run here).
 * Messages cross asynchronously and through `structuredClone`, as they do
 * between real processes, so what cannot be cloned fails here too. `port` is
 * the child's side: what `process.parentPort` gives the backend, unwrapped.
 */
export class StandInProcess extends EventEmitter implements BackendProcess {
  /** The child's output, as with `stdio: 'pipe'`: a test writes here what the backend would print. */
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  /** Everything main posted, in order. */
  readonly received: ToBackend[] = [];
  exited = false;
  private readonly child = new EventEmitter();
  private readonly onExit: (() => void)[] = [];

  readonly port: BackendPort = {
    postMessage: (message: FromBackend) => {
      const copy = structuredClone(message);
      setImmediate(() => {
        if (!this.exited) this.emit('message', copy);
      });
    },
    on: (event, listener) => this.child.on(event, listener),
  };

  postMessage(message: ToBackend): void {
    if (this.exited) throw new Error('the process has exited');
    this.received.push(message);
    const copy = structuredClone(message);
    setImmediate(() => {
      if (!this.exited) this.child.emit('message', copy);
    });
  }

  /** As the real one: the process ends, and 'exit' follows a moment later. */
  kill(): boolean {
    if (this.exited) return false;
    this.exit(143);
    return true;
  }

  /** The process dies on its own (a native crash, an out-of-memory kill). */
  crash(code = 1): void {
    this.exit(code);
  }

  /** Runs when the process ends, however it ends. */
  whenExited(fn: () => void): void {
    this.onExit.push(fn);
  }

  exit(code: number): void {
    if (this.exited) return;
    this.exited = true;
    for (const fn of this.onExit.splice(0)) fn();
    this.stdout.end();
    this.stderr.end();
    setImmediate(() => this.emit('exit', code));
  }
}

/**
 * A fork function whose processes run the real backend (runBackend, the
 * dispatcher, a real register) in this process. A process that dies closes
 * its register, as the OS would.
 */
export function backendFork(log: Logger = silentLogger) {
  const forked: StandInProcess[] = [];
  const fork = () => {
    const proc = new StandInProcess();
    forked.push(proc);
    runBackend(proc.port, {
      log,
      exit: (code) => proc.exit(code),
      open: (opts) => {
        const services = openServices(opts);
        let closed = false;
        const close = () => {
          if (closed) return;
          closed = true;
          services.close();
        };
        proc.whenExited(close);
        return { ...services, close };
      },
    });
    return proc;
  };
  return { fork, forked, latest: () => forked.at(-1)! };
}
