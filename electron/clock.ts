import { chinaDate } from '../core/dates';

/** The one source of time for handlers; tests and the e2e host move it by hand. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that runs with real time from a chosen offset, so a test can jump days ahead. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
  setNow(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
  }
}

export const todayOf = (clock: Clock) => chinaDate(clock.now());
