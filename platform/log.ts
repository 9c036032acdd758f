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

/**
 * A failure as the log keeps it: what failed, the database's own words (a
 * failed query's cause), and where in our code. Never a query's parameters:
 * they hold the pushed rows, ID numbers and mobiles among them.
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  let head = e.message;
  if (head.startsWith('Failed query:')) head = head.split('\nparams:')[0]!.replace(/\s+/g, ' ').slice(0, 240);
  const cause = (e as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? ` (${String((cause as { code: unknown }).code)})` : '';
  const because = cause instanceof Error ? `cause: ${cause.message}${code}` : cause ? `cause: ${String(cause)}` : '';
  const where = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 6)
    .join('\n');
  return [head, because, where].filter(Boolean).join('\n');
}
