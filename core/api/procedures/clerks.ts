import { z } from 'zod';
import { procedure } from '../procedure';
import { clerkSummary, password, roleSchema, username } from '../../schemas/desk';
import { entityId, text } from '../../schemas/common';

/** Clerk accounts: the admin creates them and switches them off; nobody deletes them (the audit names them). */
export const clerkProcedures = {
  'clerks.list': procedure({
    input: z.strictObject({}),
    output: z.object({ clerks: z.array(clerkSummary.extend({ active: z.boolean(), lockedUntil: z.number().nullable() })) }),
    access: 'clerks.manage',
  }),
  'clerks.create': procedure({
    input: z.strictObject({ username, displayName: text(40), role: roleSchema, password }),
    output: clerkSummary,
    access: 'clerks.manage',
  }),
  'clerks.setActive': procedure({
    input: z.strictObject({ id: entityId, active: z.boolean() }),
    output: z.object({ ok: z.literal(true) }),
    access: 'clerks.manage',
  }),
};
