import { useEffect, useState } from 'react';
import { chinaDate } from '../../core/dates';
import { invoke } from '../api/client';

/**
 * Today by the desk's clock, not this PC's: the register decides what
 * "today" is (and tests move its clock). Until session.me answers, this PC's
 * date in China time.
 */
export function useDeskToday(): string {
  const [today, setToday] = useState(() => chinaDate(Date.now()));
  useEffect(() => {
    void invoke('session.me', {}).then((me) => setToday(me.today));
  }, []);
  return today;
}
