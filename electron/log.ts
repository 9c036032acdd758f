/**
 * The host's log: errors keep their stack here and never reach the page.
 * Lines are JSON so a support engineer can grep them.
 */
export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const line = (level: string, msg: string, data?: Record<string, unknown>) =>
    stream.write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...data }) + '\n');
  return {
    info: (msg, data) => line('info', msg, data),
    error: (msg, data) => line('error', msg, data),
  };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
