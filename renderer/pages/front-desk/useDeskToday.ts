import { useEffect, useState } from 'react';
import { chinaDate } from '../../../core/dates';
import { invoke } from '../../api/client';

/**
 * Today by the desk's clock, not this PC's: the register decides what
 * "today" is (and tests move its clock). Until it answers, this PC's date.
 */
export function useDeskToday(): string {
  const [today, setToday] = useState(() => chinaDate(Date.now()));
  useEffect(() => {
    void invoke('tenancies.daily', { days: 1 }).then((d) => setToday(d.today));
  }, []);
  return today;
}
