import { describe, expect, it } from 'vitest';
import { describeError } from '../../platform/log';

describe("the platform's log of a failure", () => {
  it("keeps the database's words and where it failed, never the query's parameters", () => {
    const cause = Object.assign(new Error('bad buffer ID: 0'), { code: 'XX000' });
    const query = 'Failed query: INSERT INTO "city_landlords" ("id", "fields") SELECT 1';
    const e = new Error(`${query}\nparams: [{"idNumber":"331004198001011111"}]`, { cause });
    const text = describeError(e);
    expect(text).toContain('INSERT INTO "city_landlords"');
    expect(text).toContain('cause: bad buffer ID: 0 (XX000)');
    expect(text).toMatch(/\n\s+at /);
    expect(text).not.toContain('331004198001011111');
    expect(text).not.toContain('params');
  });
});
