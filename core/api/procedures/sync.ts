import { z } from 'zod';
import { procedure } from '../procedure';
import {
  conflictItem,
  enrolInput,
  leaveInput,
  notesForInput,
  parkedItem,
  rejection,
  resolveInput,
  settingsInput,
  syncStatus,
} from '../../sync/schemas';

const empty = z.strictObject({});

/** The desk's sync with the city platform: its state for the header, the sync page, enrolment, the conflict inbox. */
export const syncProcedures = {
  /** Polled by the header: cheap, never writes. */
  'sync.status': procedure({ input: empty, output: syncStatus, access: 'session' }),
  'sync.enrol': procedure({ input: enrolInput, output: syncStatus, access: 'sync.manage' }),
  'sync.leave': procedure({ input: leaveInput, output: syncStatus, access: 'sync.manage' }),
  'sync.settings': procedure({ input: settingsInput, output: syncStatus, access: 'sync.manage' }),
  /** "立即同步": runs the loop now and answers when it has ended. */
  'sync.now': procedure({ input: empty, output: syncStatus, access: 'session' }),
  /** A supervisor looked at what the fail-safe held and lets the next pull through. */
  'sync.resume': procedure({ input: z.strictObject({ confirm: z.literal(true) }), output: syncStatus, access: 'sync.resolve' }),
  'sync.rejections': procedure({ input: empty, output: z.object({ items: z.array(rejection) }), access: 'register.read' }),
  /** The platform's rejections of changes to these rows: shown on the property or room they touched. */
  'sync.notesFor': procedure({ input: notesForInput, output: z.object({ items: z.array(rejection) }), access: 'register.read' }),
  'sync.parked': procedure({ input: empty, output: z.object({ items: z.array(parkedItem) }), access: 'sync.resolve' }),
  'sync.conflicts': procedure({
    input: z.strictObject({ status: z.enum(['open', 'all']).default('open') }),
    output: z.object({ items: z.array(conflictItem) }),
    access: 'sync.resolve',
  }),
  'sync.resolve': procedure({ input: resolveInput, output: conflictItem, access: 'sync.resolve' }),
};
