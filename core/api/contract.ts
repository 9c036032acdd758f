import { z } from 'zod';
import { procedure } from './procedure';
import { clerkSummary, deskProfile, setupInitializeInput, username } from '../schemas/desk';
import { landlordCreateInput, landlordListItem, landlordRecord } from '../schemas/landlord';
import { propertyCreateInput, propertyRecord } from '../schemas/property';
import { boardInput, boardOutput } from '../schemas/board';
import { paging } from '../schemas/common';

const empty = z.strictObject({});
const ok = z.object({ ok: z.literal(true) });

/**
 * THE contract: every procedure the UI may call, with its input and output
 * schemas and who may call it. Both hosts (IPC in Electron, HTTP in the
 * browser host) parse every input with these schemas before a handler runs.
 */
export const contract = {
  'setup.status': procedure({
    input: empty,
    output: z.object({ initialized: z.boolean(), desk: deskProfile.nullable() }),
    access: 'public',
  }),
  'setup.initialize': procedure({
    input: setupInitializeInput,
    output: z.object({ desk: deskProfile, admin: clerkSummary }),
    access: 'public',
  }),

  'session.login': procedure({
    input: z.strictObject({ username, password: z.string().min(1).max(200) }),
    output: z.object({ clerk: clerkSummary }),
    access: 'public',
  }),
  'session.logout': procedure({ input: empty, output: ok, access: 'public' }),
  'session.me': procedure({
    input: empty,
    output: z.object({ clerk: clerkSummary, desk: deskProfile }),
    access: 'session',
  }),

  'landlords.create': procedure({
    input: landlordCreateInput,
    output: landlordRecord,
    access: 'register.write',
  }),
  'landlords.list': procedure({
    input: z.strictObject({ q: z.string().trim().max(60).optional(), ...paging }),
    output: z.object({ landlords: z.array(landlordListItem), total: z.number().int() }),
    access: 'register.read',
  }),

  'properties.create': procedure({
    input: propertyCreateInput,
    output: propertyRecord,
    access: 'register.write',
  }),
  'properties.get': procedure({
    input: z.strictObject({ id: z.string() }),
    output: propertyRecord,
    access: 'register.read',
  }),

  'rooms.board': procedure({ input: boardInput, output: boardOutput, access: 'register.read' }),
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Contract[N]['output']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];
export const isProcedureName = (name: string): name is ProcedureName =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** Events the main process pushes to the window (IPC only). */
export const events = {
  'register.changed': z.object({ entities: z.array(z.string()) }),
} as const;
export type EventName = keyof typeof events;
