import { z } from 'zod';

/**
 * What the page may ask the Electron host to print: the window as it is (a
 * certificate, a notice), through the printer dialog or saved as a PDF.
 * Not a register procedure: printing changes nothing, and the count of a
 * certificate's prints goes through `certificates.print` first.
 */
export const printRequest = z.strictObject({
  mode: z.enum(['dialog', 'pdf']),
  /** Suggested name in the save dialog; no folders, no characters Windows refuses. */
  fileName: z
    .string()
    .max(120)
    // A file name a clerk's OS accepts: no path separators, no characters Windows refuses, no control characters.
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\\/:*?"<>|\u0000-\u001f]+\.pdf$/),
});
export type PrintRequest = z.infer<typeof printRequest>;

export type PrintResult = { ok: true; path: string | null } | { ok: false; reason: 'cancelled' | 'failed' | 'refused' };
