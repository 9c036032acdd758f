import { z } from 'zod';
import { procedure } from '../procedure';
import { isoDate } from '../../schemas/common';
import { clerkSummary, deskProfile, setupInitializeInput, username } from '../../schemas/desk';

const empty = z.strictObject({});

export const setupProcedures = {
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
};

export const sessionProcedures = {
  'session.login': procedure({
    input: z.strictObject({ username, password: z.string().min(1).max(200) }),
    output: z.object({ clerk: clerkSummary }),
    access: 'public',
  }),
  'session.logout': procedure({ input: empty, output: z.object({ ok: z.literal(true) }), access: 'public' }),
  'session.me': procedure({
    input: empty,
    output: z.object({ clerk: clerkSummary, desk: deskProfile, today: isoDate }),
    access: 'session',
  }),
};
