import type { ProcedureOutput } from '../../core/api/contract';

/** Who is logged in and at which desk, as session.me answers. */
export type Me = ProcedureOutput<'session.me'>;
