import { describe, expect, it } from 'vitest';
import {
  closedEditRefusal,
  closeRefusal,
  duplicateAddressRefusal,
  duplicateIdRefusal,
  firstInspectionRefusal,
  floorsRefusal,
  futureLetterRefusal,
  labelTakenRefusal,
  landlordEditRefusal,
  occupantsRefusal,
  reopenRefusal,
  roomFloorRefusal,
} from './rules';

const TODAY = '2026-06-15';
const said = (r: ReturnType<typeof closeRefusal>) => (r ? { code: r.code, key: r.issues[0]?.key ?? r.ref.key } : null);

describe("the register's own rules", () => {
  it.each([
    [
      'a duplicate ID names the landlord',
      duplicateIdRefusal({ id: 'L1', name: '陈建国' }, 'idNumber'),
      { code: 'CONFLICT', key: 'landlord.duplicateId' },
    ],
    ['the same landlord is not a duplicate of itself', duplicateIdRefusal({ id: 'L1', name: '陈建国' }, 'idNumber', 'L1'), null],
    [
      'a letter signed tomorrow',
      futureLetterRefusal('2026-06-16', TODAY, 'letter.signedOn'),
      { code: 'VALIDATION', key: 'letter.dateInFuture' },
    ],
    [
      'an organisation without its contact',
      landlordEditRefusal('organisation', { contactName: null, idType: undefined }),
      { code: 'VALIDATION', key: 'landlord.contactRequired' },
    ],
    [
      'a person given a credit code',
      landlordEditRefusal('person', { contactName: null, idType: 'credit_code' }),
      { code: 'VALIDATION', key: 'landlord.kindMismatch' },
    ],
    [
      'an address already registered',
      duplicateAddressRefusal([{ id: 'P1', address: 'X', landlordName: 'Y' }], false),
      { code: 'CONFLICT', key: 'property.duplicateAddress' },
    ],
    ['an address the clerk looked at and went ahead', duplicateAddressRefusal([{ id: 'P1', address: 'X', landlordName: 'Y' }], true), null],
    ['the property itself at its address', duplicateAddressRefusal([{ id: 'P1', address: 'X', landlordName: 'Y' }], false, 'P1'), null],
    [
      'fewer floors than its rooms use',
      floorsRefusal([{ label: '301', floor: 3 }], 2),
      { code: 'VALIDATION', key: 'property.floorsBelowRooms' },
    ],
    ['a room above the building', roomFloorRefusal(4, 3, 'floor'), { code: 'VALIDATION', key: 'property.floorAboveBuilding' }],
    [
      'a label taken, whatever its case',
      labelTakenRefusal([{ id: 'R1', label: '1a' }], '1A', 'label'),
      { code: 'VALIDATION', key: 'room.duplicateLabel' },
    ],
    ['a room made too small for its household', occupantsRefusal(3, 2), { code: 'RULE_VIOLATION', key: 'room.occupantsAboveMax' }],
    ['a closure dated ahead', closeRefusal('active', '2026-06-16', TODAY), { code: 'VALIDATION', key: 'property.closedOnFuture' }],
    ['closing twice', closeRefusal('closed', TODAY, TODAY), { code: 'CONFLICT', key: 'property.alreadyClosed' }],
    ['closing what is not there', closeRefusal(null, TODAY, TODAY), { code: 'NOT_FOUND', key: 'property.notFound' }],
    ['reopening an open property', reopenRefusal('active'), { code: 'CONFLICT', key: 'property.notClosed' }],
    [
      'an edit of a closed property',
      closedEditRefusal({ status: 'closed', closedAuthority: '路桥区消防救援大队' }),
      { code: 'CONFLICT', key: 'property.closedNoEdits' },
    ],
    ['a first inspection in the past', firstInspectionRefusal('2026-06-14', TODAY), { code: 'VALIDATION', key: 'walkIn.inspectionInPast' }],
    [
      'a first inspection too far ahead',
      firstInspectionRefusal('2026-08-15', TODAY),
      { code: 'VALIDATION', key: 'walkIn.inspectionTooLate' },
    ],
    ['a first inspection in the window', firstInspectionRefusal('2026-08-14', TODAY), null],
    ['an edit of an open property', closedEditRefusal({ status: 'active', closedAuthority: null }), null],
  ])('%s', (_what, refusal, want) => {
    expect(said(refusal)).toEqual(want);
  });
});
