import { setImmediate as yieldNow } from 'node:timers/promises';
import { headerOf } from '../../core/import/columns';
import { errorReportName, registerExportName, TEMPLATE_NAME } from '../../core/import/file-names';
import { crossCheck, type CheckedRow } from '../../core/import/cross-check';
import { newPlanMemo, planRow, type PlannedRow } from '../../core/import/plan-row';
import { DomainError } from '../../core/errors';
import { can } from '../../core/roles';
import { REPORT_ROWS_SHOWN, type ImportRowReport } from '../../core/schemas/excel';
import { readDesk } from '../../db/desk';
import { countCreations, resolveAgainstRegister, writeImport, type ResolvedRow } from '../../db/imports';
import { refreshPlannerStats } from '../../db/open';
import { errorReport } from '../excel/error-report';
import { preflight } from '../excel/preflight';
import { progressOf, setProgress } from '../excel/progress';
import { readRegisterSheet, type RegisterSheet } from '../excel/read-sheet';
import { exportRegister } from '../excel/register-export';
import { importTemplate } from '../excel/template';
import type { CallContext } from './context';
import type { HandlerMap } from './types';

/** Rows checked between two yields: the progress poll and other clerks get a turn. */
const SLICE = 500;

const deskCity = (ctx: CallContext) => {
  const desk = readDesk(ctx.register);
  if (!desk) throw new DomainError('CONFLICT', 'setup.notInitialized');
  return desk.regionCode.slice(0, 4);
};

/** Reads and checks a file row by row (the forms' schemas, then duplicates inside it). Changes nothing. */
async function checkFile(ctx: CallContext, base64: string, jobId?: string): Promise<{ sheet: RegisterSheet; rows: CheckedRow[] }> {
  const buf = Buffer.from(base64, 'base64');
  setProgress(jobId, ctx.clock.now(), 'reading');
  const pre = await preflight(buf);
  const sheet = await readRegisterSheet(pre);
  const planCtx = { city: deskCity(ctx), today: ctx.today(), memo: newPlanMemo() };
  const planned: PlannedRow[] = [];
  for (let i = 0; i < sheet.rows.length; i++) {
    const r = sheet.rows[i]!;
    planned.push(planRow(r.row, r.cells, planCtx));
    if (i % SLICE === SLICE - 1) {
      setProgress(jobId, ctx.clock.now(), 'checking', i + 1, sheet.rows.length);
      await yieldNow();
    }
  }
  setProgress(jobId, ctx.clock.now(), 'checking', sheet.rows.length, sheet.rows.length);
  return { sheet, rows: crossCheck(planned) };
}

function problemsOf(r: CheckedRow): ImportRowReport['problems'] {
  return r.problems.map((p) => ({
    column: headerOf(p.column),
    message: { key: p.key, ...(p.params ? { params: p.params } : {}) },
    severity: p.severity,
  }));
}

const tally = (rows: readonly CheckedRow[]) => ({
  new: rows.filter((r) => r.status === 'new').length,
  duplicate: rows.filter((r) => r.status === 'duplicate').length,
  error: rows.filter((r) => r.status === 'error').length,
});

type Names = 'exports.register' | 'imports.template' | 'imports.check' | 'imports.commit' | 'imports.errorSheet' | 'imports.progress';

export const excelHandlers: HandlerMap<Names> = {
  'exports.register': async (ctx, input) => {
    if (input.full && !can(ctx.clerk!.role, 'export.full')) throw new DomainError('FORBIDDEN', 'export.fullForbidden');
    const { buffer, counts } = await exportRegister(ctx.register, input.full);
    // Every export is logged; a full one is what the audit is for (personal data left the desk).
    ctx.write('exports.register', (w) => w.audit('register', 'export', { full: input.full, ...counts }));
    return { fileName: registerExportName(ctx.today(), input.full), base64: buffer.toString('base64'), full: input.full, counts };
  },

  'imports.template': async (ctx) => ({
    fileName: TEMPLATE_NAME,
    base64: (await importTemplate(deskCity(ctx))).toString('base64'),
  }),

  'imports.check': async (ctx, input) => {
    const { sheet, rows } = await checkFile(ctx, input.base64, input.jobId);
    const resolved = resolveAgainstRegister(ctx.register, rows);
    setProgress(input.jobId, ctx.clock.now(), 'done', rows.length, rows.length);
    const worth = resolved.filter((r) => r.status !== 'new' || r.problems.length > 0);
    return {
      sheetName: sheet.sheetName,
      totalRows: rows.length,
      rowCounts: tally(resolved),
      wouldCreate: countCreations(resolved),
      rows: worth.slice(0, REPORT_ROWS_SHOWN).map((r) => ({ row: r.row, status: r.status, problems: problemsOf(r) })),
      truncated: worth.length > REPORT_ROWS_SHOWN,
    };
  },

  'imports.commit': async (ctx, input) => {
    const { rows } = await checkFile(ctx, input.base64, input.jobId);
    setProgress(input.jobId, ctx.clock.now(), 'writing', 0, rows.length);
    const today = ctx.today();
    // One transaction for the choice; the register is checked again inside it, as it is now.
    const outcome = ctx.write('imports.commit', (w) => {
      const resolved: ResolvedRow[] = resolveAgainstRegister(ctx.register, rows);
      const counts = tally(resolved);
      if (input.mode === 'allOrNothing' && counts.error > 0) {
        throw new DomainError('RULE_VIOLATION', { key: 'import.invalidRows', params: { count: counts.error } });
      }
      const created = writeImport(w, resolved, today);
      w.audit('register', 'import', { fileName: input.fileName, mode: input.mode, rows: rows.length, ...created });
      return { created, skipped: { duplicate: counts.duplicate, error: counts.error } };
    });
    setProgress(input.jobId, ctx.clock.now(), 'done', rows.length, rows.length);
    // Bulk work: let the planner see the new row counts (db/open.ts).
    if (outcome.created.rooms > 1000) refreshPlannerStats(ctx.sqlite);
    return outcome;
  },

  'imports.errorSheet': async (ctx, input) => {
    const { sheet, rows } = await checkFile(ctx, input.base64);
    const resolved = resolveAgainstRegister(ctx.register, rows);
    const file = await errorReport(sheet, resolved, ctx.lang);
    return { fileName: errorReportName(input.fileName, ctx.today()), base64: file.toString('base64') };
  },

  'imports.progress': (_ctx, input) => progressOf(input.jobId),
};
