import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { readyDesk } from '../support/desk';
import { residentId, withWrongCheck } from '../support/people';
import { callerWithRole, creditCode, registerCounts, walkIn } from '../support/walk-in';
import { zh } from '../support/rooms';

type Desk = Awaited<ReturnType<typeof readyDesk>>;

describe('walkIns.register', () => {
  let d: Desk;
  let today: string;
  beforeEach(async () => {
    d = await readyDesk();
    today = (await d.admin.call('session.me', {})) && todayOf(d);
  });
  afterEach(() => d.close());

  it('saves landlord, property, rooms, letter and the first inspection in one transaction', async () => {
    const before = registerCounts(d);
    const r = await d.admin.call('walkIns.register', walkIn(today));
    const after = registerCounts(d);
    expect(after.landlords - before.landlords).toBe(1);
    expect(after.properties - before.properties).toBe(1);
    expect(after.rooms - before.rooms).toBe(3);
    expect(after.inspections - before.inspections).toBe(1);
    expect(r.landlordCreated).toBe(true);
    expect(r.landlord).toMatchObject({ name: '陈建国', letterSigned: true, letterSignedOn: today, kind: 'person' });
    expect(r.property.address).toMatch(/^台州市路桥区峰江街道浮排居委会浮排村东路\d+号$/);
    expect(r.property).toMatchObject({
      road: '浮排村东路',
      ebikeArrangement: 'central_outdoor',
      status: 'active',
      fireStatus: 'uninspected',
    });
    // Maximum occupants come from the area (DEN-1/DEN-2), never from the clerk.
    expect(r.property.rooms.map((x) => [x.label, x.maxOccupants, x.windowBars])).toEqual([
      ['101', 2, false],
      ['201', 1, true],
      ['301', 1, false],
    ]);
    expect(r.firstInspection.dueOn).toBe(today);
    const scheduled = d.services.sqlite.prepare('SELECT kind, due_on FROM scheduled_inspections WHERE property_id = ?').get(r.property.id);
    expect(scheduled).toEqual({ kind: 'first', due_on: today });
    // Every row has its audit row and outbox row, all from this one action.
    const audit = d.services.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'walkIns.register'").get() as { n: number };
    expect(audit.n).toBe(1 + 1 + 3 + 1);
    expect(after.outbox - before.outbox).toBe(6);
  });

  it('uses an existing landlord and records the letter signed at this visit', async () => {
    const l = await d.admin.call('landlords.create', {
      name: '李秀英',
      idType: 'resident_id',
      idNumber: residentId('331004', '19650101', 7),
      mobile: '13905761111',
    });
    expect(l.letterSigned).toBe(false);
    const { landlord: _omit, ...rest } = walkIn(today);
    const r = await d.admin.call('walkIns.register', { ...rest, landlordId: l.id });
    expect(r.landlordCreated).toBe(false);
    expect(r.landlord).toMatchObject({ id: l.id, letterSigned: true, letterSignedOn: today });
    expect(r.property.landlordId).toBe(l.id);
  });

  it('registers an organisation by its credit code, and saves a failed check character with a warning', async () => {
    const good = await d.admin.call(
      'walkIns.register',
      walkIn(today, {
        landlord: {
          kind: 'organisation',
          name: '台州市路桥浮排物业有限公司',
          idType: 'credit_code',
          idNumber: creditCode().toLowerCase(),
          mobile: '13805760000',
          contactName: '王经理',
        },
      }),
    );
    expect(good.landlord).toMatchObject({ kind: 'organisation', idType: 'credit_code', idNumber: creditCode(), contactName: '王经理' });
    expect(good.warnings).toEqual([]);
    const code = creditCode('MA2K99999');
    const wrong = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
    const warned = await d.admin.call(
      'walkIns.register',
      walkIn(today, {
        landlord: {
          kind: 'organisation',
          name: '浮排村经济合作社',
          idType: 'credit_code',
          idNumber: wrong,
          mobile: '13805760001',
          contactName: '张会计',
        },
      }),
    );
    expect(warned.landlord.idNumber).toBe(wrong);
    expect(warned.warnings).toEqual([{ path: 'landlord.idNumber', message: { key: 'creditCode.checkDigit' } }]);
    expect(zh(warned.warnings[0]!.message)).toContain('校验不通过');
  });

  it('answers a registered ID with 409 naming the landlord, and changes nothing', async () => {
    const first = await d.admin.call('walkIns.register', walkIn(today));
    const before = registerCounts(d);
    const again = walkIn(today);
    const r = await d.admin.refused('walkIns.register', {
      ...again,
      landlord: { ...again.landlord!, idNumber: first.landlord.idNumber, name: '陈建华' },
    });
    expect(r.status).toBe(409);
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toContain('陈建国');
    expect(r.error.details).toMatchObject({ existingId: first.landlord.id, existingName: '陈建国' });
    expect(r.error.issues[0]!.path).toBe('landlord.idNumber');
    expect(registerCounts(d)).toEqual(before);
  });

  it('warns of a registered address and saves only when the clerk acknowledges it', async () => {
    const first = await d.admin.call('walkIns.register', walkIn(today));
    const before = registerCounts(d);
    const same = walkIn(today, {
      property: {
        ...walkIn(today).property,
        address: { regionCode: '331004006056', road: '浮排村东路', houseNumber: `${first.property.houseNumber!.replace('号', '')}` },
      },
    });
    const r = await d.admin.refused('walkIns.register', same);
    expect(r.status).toBe(409);
    expect(r.error.message).toContain(first.property.address);
    expect(r.error.details).toMatchObject({ addressMatches: [{ id: first.property.id, landlordName: '陈建国' }] });
    expect(registerCounts(d)).toEqual(before);
    // The check the page makes before the save names the same property.
    const check = await d.admin.call('properties.checkAddress', { address: same.property.address });
    expect(check.matches.map((m) => m.id)).toEqual([first.property.id]);
    // Written differently (full-width digits, a space) it is the same door.
    const fullWidth = await d.admin.call('properties.checkAddress', {
      address: { regionCode: '331004006056', detail: `浮排村东路 ${toFullWidth(first.property.houseNumber!)}` },
    });
    expect(fullWidth.matches).toHaveLength(1);
    const saved = await d.admin.call('walkIns.register', { ...same, acknowledgeAddressDuplicate: true });
    expect(saved.property.address).toBe(first.property.address);
  });

  it('refuses field by field and saves nothing', async () => {
    const before = registerCounts(d);
    const base = walkIn(today);
    const cases: [unknown, string, string][] = [
      [{ ...base, firstInspectionOn: addDays(today, -1) }, 'firstInspectionOn', '不能早于今天'],
      [{ ...base, firstInspectionOn: addDays(today, 61) }, 'firstInspectionOn', '60 天以内'],
      [{ ...base, letter: { signed: true } }, 'letter.signedOn', '签订日期'],
      [{ ...base, letter: { signed: true, signedOn: addDays(today, 1) } }, 'letter.signedOn', '不能晚于今天'],
      [{ ...base, rooms: [{ ...base.rooms[0]!, floor: 4 }] }, 'rooms.0.floor', '高于房屋总层数'],
      [{ ...base, rooms: [base.rooms[0]!, { ...base.rooms[1]!, label: '101' }] }, 'rooms.1.label', '重复'],
      [{ ...base, rooms: [{ ...base.rooms[0]!, floor: 0 }] }, 'rooms.0.floor', '地下室'],
      [{ ...base, rooms: [] }, 'rooms', '至少需要 1 项'],
      [{ ...base, landlord: { ...base.landlord!, idNumber: withWrongCheck(base.landlord!.idNumber) } }, 'landlord.idNumber', '校验位'],
      [{ ...base, landlord: { ...base.landlord!, mobile: '12345' } }, 'landlord.mobile', '手机号码'],
      [
        { ...base, landlord: { ...base.landlord!, kind: 'organisation', idType: 'resident_id', contactName: '王' } },
        'landlord.idType',
        '统一社会信用代码',
      ],
      [
        { ...base, landlord: { ...base.landlord!, kind: 'organisation', idType: 'credit_code', idNumber: creditCode() } },
        'landlord.contactName',
        '联系人',
      ],
      [{ ...base, landlord: { ...base.landlord!, idType: 'credit_code', idNumber: creditCode() } }, 'landlord.idType', '身份证件'],
      [
        {
          ...base,
          landlord: { ...base.landlord!, idType: 'credit_code', kind: 'organisation', contactName: '王', idNumber: '91331004MA2K1234' },
        },
        'landlord.idNumber',
        '18位',
      ],
      [{ ...base, landlordId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' }, 'landlord', '二选一'],
      [{ ...base, landlord: undefined }, 'landlord', '二选一'],
      [{ ...base, property: { ...base.property, address: { regionCode: '331004006056' } } }, 'property.address.road', '路'],
      [
        { ...base, property: { ...base.property, address: { regionCode: '331004', road: 'x', houseNumber: '1' } } },
        'property.address.regionCode',
        '街道',
      ],
      [{ ...base, property: { ...base.property, ebikeArrangement: 'anywhere' } }, 'property.ebikeArrangement', '请从列表中选择'],
      [{ ...base, extra: 1 }, 'extra', '不认识的字段'],
    ];
    for (const [input, path, text] of cases) {
      const r = await d.admin.refused('walkIns.register', input);
      expect(r.status, path).toBe(400);
      const issue = r.error.issues.find((i) => i.path === path);
      expect(issue, `${path} in ${JSON.stringify(r.error.issues)}`).toBeDefined();
      expect(issue!.message).toContain(text);
    }
    expect(registerCounts(d)).toEqual(before);
  });

  it('refuses an unknown existing landlord with 404, and an inspector with 403', async () => {
    const { landlord: _omit, ...rest } = walkIn(today);
    const r = await d.admin.refused('walkIns.register', { ...rest, landlordId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(r.status).toBe(404);
    const inspector = await callerWithRole(d, 'inspector');
    const before = registerCounts(d);
    const f = await inspector.refused('walkIns.register', walkIn(today));
    expect(f.status).toBe(403);
    expect(registerCounts(d)).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const en = d.caller('en');
    en.token = d.admin.token;
    const r = await en.refused('walkIns.register', { ...walkIn(today), firstInspectionOn: addDays(today, -3) });
    expect(r.error.issues[0]!.message).toBe('The first inspection cannot be before today');
  });
});

function todayOf(d: Desk): string {
  return new Date(d.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
