import { chinaDate } from '../../core/dates';
import { useProcedure } from '../api/queries';

/**
 * Today by the desk's clock, not this PC's: the register decides what
 * "today" is (and tests move its clock). Until session.me answers, this PC's
 * date in China time.
 */
export function useDeskToday(): string {
  const me = useProcedure('session.me', {});
  return me.data?.today ?? chinaDate(Date.now());
}
