import type { Caller } from './desk';
import { residentId } from './people';
import { findingsFor, registerProperty } from './register';

/**
 * A property made compliant the way a desk does it: registered, then a first
 * inspection recorded through inspections.record. `failures` fail items on the
 * way (a GAS-2 failure leaves the property compliant but stops cooking).
 */
export async function compliantProperty(
  c: Caller,
  today: string,
  opts: Parameters<typeof registerProperty>[1] & { failures?: Record<string, { roomId?: string }>; failRoom?: string } = {},
) {
  const { property, landlord } = await registerProperty(c, opts);
  const failures = { ...(opts.failures ?? {}) };
  // Fail an item in one room, by its label: the room ids exist only now.
  if (opts.failRoom) {
    const [code, label] = opts.failRoom.split('@') as [string, string];
    failures[code] = { roomId: property.rooms.find((r) => r.label === label)!.id };
  }
  await c.call('inspections.record', {
    propertyId: property.id,
    inspectedOn: today,
    kind: 'first',
    findings: await findingsFor(c, property.id, failures),
  });
  return { property, landlord, room: (label: string) => property.rooms.find((r) => r.label === label)! };
}

let seq = 200;
/** A valid resident ID of someone from 安徽亳州 (341602), born on `birth` (YYYYMMDD). */
export const boID = (birth = '19880304') => residentId('341602', birth, ++seq);

/** The seed's story: 张伟 and 李娜 from 安徽亳州 with their six-year-old, who has no ID yet. */
export function familyOfThree(birthOfChild = '2020-03-01') {
  return {
    tenant: {
      name: '张伟',
      idNumber: boID('19880304'),
      mobile: '13905761234',
      originCode: '341602',
      employer: '路桥五金厂',
      ebikeOwned: true,
    },
    members: [
      { name: '李娜', idNumber: boID('19900718'), relation: 'spouse' as const, originCode: '341602' },
      { name: '张小宝', birthDate: birthOfChild, relation: 'child' as const, guardian: 'tenant' as const },
    ],
  };
}
