import { z } from 'zod';
import { registerProcedures } from './procedures/register';
import { walkInProcedures } from './procedures/walk-ins';
import { excelProcedures } from './procedures/excel';
import { inspectionProcedures } from './procedures/inspections';
import { clerkProcedures } from './procedures/clerks';
import { certificateProcedures } from './procedures/certificates';
import { keyProcedures } from './procedures/keys';
import { sessionProcedures, setupProcedures } from './procedures/setup';
import { tenancyProcedures } from './procedures/tenancies';
import { roomViewProcedures } from './procedures/rooms';
import { syncProcedures } from './procedures/sync';
import { joinGroups } from './join';

/**
 * THE contract: every procedure the UI may call, with its input and output
 * schemas and who may call it. Both hosts (IPC in Electron, HTTP in the
 * browser host) parse every input with these schemas before a handler runs.
 * Each domain keeps its procedures in `procedures/<domain>.ts`; this file joins
 * them, and a name defined twice stops the app at start.
 */
export const contract = joinGroups(
  'procedure',
  setupProcedures,
  sessionProcedures,
  registerProcedures,
  roomViewProcedures,
  walkInProcedures,
  excelProcedures,
  inspectionProcedures,
  clerkProcedures,
  certificateProcedures,
  keyProcedures,
  tenancyProcedures,
  syncProcedures,
);

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Contract[N]['output']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];
export const isProcedureName = (name: string): name is ProcedureName => Object.prototype.hasOwnProperty.call(contract, name);

/** Events the main process pushes to the window (IPC only). */
export const events = {
  'register.changed': z.object({ entities: z.array(z.string()) }),
} as const;
export type EventName = keyof typeof events;
