import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../validation/credit-code';
import { residentIdCheckCharacter } from '../validation/resident-id';
import { landlordCreateInput, landlordUpdateInput, letterInput } from './landlord';

const id = residentIdCheckCharacter('33100419700312017');
const residentId = `33100419700312017${id}`;
const code = (first17 = '91331004MA2K12345') => first17 + creditCodeCheckCharacter(first17);
const base = { name: '陈建国', idType: 'resident_id', idNumber: residentId, mobile: '13805761234' };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);

describe('landlord schemas', () => {
  it('defaults to a person and accepts the foundation’s inputs unchanged', () => {
    const r = landlordCreateInput.parse(base);
    expect(r).toMatchObject({ kind: 'person', idType: 'resident_id', idNumber: residentId, warnings: [] });
  });

  it.each([
    [{ kind: 'organisation', idType: 'resident_id', contactName: '王' }, ['idType:landlord.organisationNeedsCreditCode']],
    [{ kind: 'organisation', idType: 'credit_code', idNumber: code() }, ['contactName:landlord.contactRequired']],
    [{ idType: 'credit_code', idNumber: code() }, ['idType:landlord.personNeedsId']],
    [
      { kind: 'organisation', idType: 'credit_code', idNumber: 'X1331004MA2K12345Q', contactName: '王' },
      ['idNumber:creditCode.characters'],
    ],
    [{ kind: 'organisation', idType: 'credit_code', idNumber: '913310', contactName: '王' }, ['idNumber:creditCode.length']],
    [{ kind: 'company' }, ['kind:']],
  ])('refuses %j', (over, expected) => {
    const got = issues(landlordCreateInput.safeParse({ ...base, ...over }));
    expect(got.map((g) => (g.startsWith('kind:') ? 'kind:' : g))).toEqual(expected);
  });

  it('accepts an organisation whose credit code fails its check character, with a warning', () => {
    const good = code();
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const r = landlordCreateInput.parse({
      ...base,
      kind: 'organisation',
      idType: 'credit_code',
      idNumber: wrong.toLowerCase(),
      contactName: '王经理',
    });
    expect(r.idNumber).toBe(wrong);
    expect(r.warnings).toEqual(['creditCode.checkDigit']);
  });

  it('needs a date for a signed letter and drops it for an unsigned one', () => {
    expect(issues(letterInput.safeParse({ signed: true }))).toEqual(['signedOn:letter.dateRequired']);
    expect(letterInput.parse({ signed: false, signedOn: '2026-01-05' })).toEqual({ signed: false, signedOn: null });
  });

  it('checks a new identity in an edit by its own type', () => {
    const edit = { id: '01J00000000000000000000000', baseVersion: 1, name: '陈建国', letter: { signed: false } };
    expect(landlordUpdateInput.parse(edit).identity).toBeUndefined();
    expect(
      issues(landlordUpdateInput.safeParse({ ...edit, identity: { idType: 'resident_id', idNumber: residentId.slice(0, 17) } })),
    ).toEqual(['identity.idNumber:idNumber.length']);
    expect(landlordUpdateInput.parse({ ...edit, identity: { idType: 'credit_code', idNumber: code() } }).identity).toEqual({
      idType: 'credit_code',
      idNumber: code(),
    });
  });
});
