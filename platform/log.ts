/**
 * The platform's log: one JSON line per event on stderr, for the city's IT
 * office to grep or ship. Callers never pass a credential or an ID number.
 */
export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export function jsonLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const line = (level: string, msg: string, data?: Record<string, unknown>) =>
    stream.write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...data })}\n`);
  return { info: (m, d) => line('info', m, d), error: (m, d) => line('error', m, d) };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
