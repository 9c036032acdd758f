import { addDays } from '../../core/dates';
import { DomainError } from '../../core/errors';
import type { LandlordRecord } from '../../core/schemas/landlord';
import { FIRST_INSPECTION_MAX_DAYS } from '../../core/schemas/walk-in';
import { refreshFireStatus } from '../../db/fire-status';
import { getLandlord } from '../../db/landlords';
import { insertLandlord, insertProperty, insertRoom } from '../../db/register-writes';
import { refuseDuplicateId, refuseFutureBirth, refuseFutureLetter } from './landlords';
import { propertyRecord, refuseUnacknowledgedAddress } from './properties';
import { fieldError, notices } from './refusals';
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
    if (input.landlord) refuseFutureBirth(ctx, input.landlord.idType, input.landlord.idNumber, 'landlord.idNumber');
    refuseFutureLetter(ctx, input.letter.signedOn, 'letter.signedOn');
    if (input.firstInspectionOn < today) throw fieldError('firstInspectionOn', 'walkIn.inspectionInPast');
    if (input.firstInspectionOn > addDays(today, FIRST_INSPECTION_MAX_DAYS)) {
      throw fieldError('firstInspectionOn', 'walkIn.inspectionTooLate', { days: FIRST_INSPECTION_MAX_DAYS });
    }

    return ctx.write('walkIns.register', (w) => {
      let landlordId: string;
      if (input.landlord) {
        refuseDuplicateId(ctx.register, input.landlord.idNumber, 'landlord.idNumber');
        landlordId = insertLandlord(w, input.landlord, input.letter).id;
      } else {
        landlordId = input.landlordId!;
        const existing = getLandlord(ctx.register, landlordId);
        if (!existing) {
          throw new DomainError('NOT_FOUND', 'landlord.notFound', { issues: [{ path: 'landlordId', key: 'landlord.notFound' }] });
        }
        // The letter is the landlord's: signing it at this visit updates their record.
        w.update('landlords', landlordId, { letterSigned: input.letter.signed, letterSignedOn: input.letter.signedOn });
      }
      refuseUnacknowledgedAddress(ctx.register, input.property.address, input.acknowledgeAddressDuplicate);
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
        landlord: getLandlord(ctx.register, landlordId) as LandlordRecord,
        landlordCreated: !!input.landlord,
        property: propertyRecord(ctx.register, property.id),
        firstInspection: { id: inspection.id, dueOn: inspection.dueOn },
        warnings: notices(ctx.lang, input.landlord?.warnings ?? [], 'landlord.idNumber'),
      };
    });
  },
};
