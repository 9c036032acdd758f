import { describe, expect, it } from 'vitest';
import { KILL_POINTS, killPointFrom } from './kill-point';

describe('DESK_KILL_AT', () => {
  it('is nothing when unset', () => {
    expect(killPointFrom(undefined, false)).toBeUndefined();
    expect(killPointFrom('', true)).toBeUndefined();
  });

  it('names one of the steps, in test mode only', () => {
    for (const p of KILL_POINTS) expect(killPointFrom(p, true)).toBe(p);
    expect(() => killPointFrom('push.replied', false)).toThrow(/needs --test-clock/);
  });

  it('refuses a step it does not know instead of running without it', () => {
    expect(() => killPointFrom('push.sent', true)).toThrow(/must be one of write\.open, write\.committed, push\.replied, pull\.applied/);
  });
});
