import { DomainError, refuseIf } from '../../core/errors';
import { addressKeyOf } from '../../core/import/plan-row';
import {
  duplicateAddressRefusal,
  duplicateIdRefusal,
  firstInspectionRefusal,
  futureBirthRefusal,
  futureLetterRefusal,
} from '../../core/register/rules';
import { noticesOf, type LandlordRecord } from '../../core/schemas/landlord';
import { refreshFireStatus } from '../../db/fire-status';
import { findLandlordByIdNumber, getLandlord } from '../../db/landlords';
import { propertiesAtAddress } from '../../db/properties';
import { propertyRecord } from '../../db/property-records';
import { insertLandlord, insertProperty, insertRoom } from '../../db/register-writes';
import type { HandlerMap } from './types';

/**
 * The landlord-walks-in flow's one save: the landlord (found or new), the
 * property and its rooms, the responsibility letter, and the first inspection
 * in the inspector's queue — one transaction, so a refusal anywhere leaves
 * nothing behind.
 */
export const walkInHandlers: HandlerMap<'walkIns.register'> = {
  'walkIns.register': (ctx, input) => {
    const today = ctx.today();
    if (input.landlord) refuseIf(futureBirthRefusal(input.landlord.idType, input.landlord.idNumber, today, 'landlord.idNumber'));
    refuseIf(futureLetterRefusal(input.letter.signedOn, today, 'letter.signedOn'));
    refuseIf(firstInspectionRefusal(input.firstInspectionOn, today));

    return ctx.write('walkIns.register', (w) => {
      let landlordId: string;
      if (input.landlord) {
        refuseIf(duplicateIdRefusal(findLandlordByIdNumber(w.reg, input.landlord.idNumber), 'landlord.idNumber'));
        landlordId = insertLandlord(w, input.landlord, input.letter).id;
      } else {
        landlordId = input.landlordId!;
        if (!getLandlord(w.reg, landlordId)) {
          throw new DomainError('NOT_FOUND', 'landlord.notFound', { issues: [{ path: 'landlordId', key: 'landlord.notFound' }] });
        }
        // The letter is the landlord's: signing it at this visit updates their record.
        w.update('landlords', landlordId, { letterSigned: input.letter.signed, letterSignedOn: input.letter.signedOn });
      }
      refuseIf(
        duplicateAddressRefusal(propertiesAtAddress(w.reg, addressKeyOf(input.property.address)), input.acknowledgeAddressDuplicate),
      );
      const property = insertProperty(w, landlordId, input.property);
      for (const room of input.rooms) insertRoom(w, property.id, room, today);
      const inspection = w.insert('scheduledInspections', {
        propertyId: property.id,
        dueOn: input.firstInspectionOn,
        kind: 'first',
        note: null,
      });
      refreshFireStatus(w, property.id, today);
      return {
        landlord: getLandlord(w.reg, landlordId) as LandlordRecord,
        landlordCreated: !!input.landlord,
        property: propertyRecord(w.reg, property.id)!,
        firstInspection: { id: inspection.id, dueOn: inspection.dueOn },
        warnings: noticesOf(input.landlord?.warnings ?? [], 'landlord.idNumber'),
      };
    });
  },
};
