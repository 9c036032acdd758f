import { chinaDate } from '../core/dates';

/** The one source of time for handlers; tests and the e2e host move it by hand. */
export interface Clock {
  now(): number;
  /** Called when the clock jumps (a test clock moved); a real clock never does. */
  onJump?(listener: () => void): void;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that runs with real time from a chosen offset, so a test can jump days ahead. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private readonly listeners: (() => void)[] = [];
  now(): number {
    return Date.now() + this.offsetMs;
  }
  setNow(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
    for (const l of this.listeners) l();
  }
  onJump(listener: () => void): void {
    this.listeners.push(listener);
  }
}

export const todayOf = (clock: Clock) => chinaDate(clock.now());
