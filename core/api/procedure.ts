import type { z } from 'zod';
import type { Capability } from '../roles';

/**
 * Who may call a procedure: anyone (`public`: setup and login), any logged-in
 * clerk (`session`), or a clerk whose role grants the capability.
 */
export type Access = 'public' | 'session' | Capability;

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

export const procedure = <I extends z.ZodType, O extends z.ZodType>(d: ProcedureDef<I, O>) => d;
