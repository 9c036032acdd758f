import { z } from 'zod';
import { messageRefSchema } from './message';
import { text } from './common';

/**
 * Spreadsheets travel as base64 inside the procedure's JSON (the hosts take
 * bodies up to 64 MB). 32 MB of workbook is far beyond the row cap anyway.
 */
export const MAX_FILE_MB = 32;
const base64 = z
  .string()
  .min(1)
  .max(Math.ceil((MAX_FILE_MB * 1024 * 1024 * 4) / 3) + 4, { message: 'import.fileTooLarge' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'import.notSpreadsheet' });

export const fileInput = z.strictObject({ fileName: text(200), base64 });

export const fileOutput = z.object({ fileName: z.string(), base64: z.string() });

export const exportInput = z.strictObject({
  /** ID numbers and mobiles in full: only for roles with 'export.full', and logged. */
  full: z.boolean().default(false),
});
export const exportOutput = fileOutput.extend({
  full: z.boolean(),
  counts: z.object({ landlords: z.number().int(), properties: z.number().int(), rooms: z.number().int() }),
});

/** A job id the client picks, so it can ask how far a long import has got. */
export const importJobId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);

export const importCheckInput = fileInput.extend({ jobId: importJobId.optional() });

export const IMPORT_MODES = ['validRows', 'allOrNothing'] as const;
export const importCommitInput = importCheckInput.extend({
  /** Import the valid rows and skip the rest, or import only if every row is valid. */
  mode: z.enum(IMPORT_MODES),
});

export const importRowReport = z.object({
  row: z.number().int(),
  status: z.enum(['new', 'duplicate', 'error']),
  problems: z.array(z.object({ column: z.string(), message: messageRefSchema, severity: z.enum(['error', 'warning']) })),
});
export type ImportRowReport = z.infer<typeof importRowReport>;

const counts = z.object({ landlords: z.number().int(), properties: z.number().int(), rooms: z.number().int() });

export const importCheckOutput = z.object({
  sheetName: z.string(),
  totalRows: z.number().int(),
  rowCounts: z.object({ new: z.number().int(), duplicate: z.number().int(), error: z.number().int() }),
  /** What importing the valid rows would create. */
  wouldCreate: counts,
  /** Rows with something to say (errors, duplicates, warnings), in sheet order; at most REPORT_ROWS_SHOWN. */
  rows: z.array(importRowReport),
  truncated: z.boolean(),
});
export type ImportCheckOutput = z.infer<typeof importCheckOutput>;

export const REPORT_ROWS_SHOWN = 2000;

export const importCommitOutput = z.object({
  created: counts,
  skipped: z.object({ duplicate: z.number().int(), error: z.number().int() }),
});

export const importProgressOutput = z.object({
  stage: z.enum(['reading', 'checking', 'writing', 'done', 'unknown']),
  done: z.number().int(),
  total: z.number().int(),
});
