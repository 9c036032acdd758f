import type { ParsedInput, ProcedureName, ProcedureOutput } from '../../core/api/contract';
import type { CallContext } from './context';

export type Handler<N extends ProcedureName> = (
  ctx: CallContext,
  input: ParsedInput<N>,
) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;

export type HandlerMap<N extends ProcedureName = ProcedureName> = { [K in N]: Handler<K> };
