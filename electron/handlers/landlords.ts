import { DomainError, refuseIf } from '../../core/errors';
import { duplicateIdRefusal, futureBirthRefusal, futureLetterRefusal, landlordEditRefusal } from '../../core/register/rules';
import { noticesOf, type LandlordRecord } from '../../core/schemas/landlord';
import { compactInput } from '../../core/validation/normalize';
import { findLandlordByIdNumber, getLandlord, landlordDetail, landlordList } from '../../db/landlords';
import { insertLandlord } from '../../db/register-writes';
import type { Register } from '../../db/write';
import type { HandlerMap } from './types';

type Names = 'landlords.create' | 'landlords.list' | 'landlords.findByIdNumber' | 'landlords.get' | 'landlords.update' | 'landlords.reveal';

const notFound = () => new DomainError('NOT_FOUND', 'landlord.notFound');

function detail(reg: Register, id: string) {
  const d = landlordDetail(reg, id);
  if (!d) throw notFound();
  return d;
}

export const landlordHandlers: HandlerMap<Names> = {
  'landlords.create': (ctx, input) => {
    refuseIf(futureBirthRefusal(input.idType, input.idNumber, ctx.today(), 'idNumber'));
    return ctx.write('landlords.create', (w) => {
      // Checked inside the transaction: two clerks cannot both register the same ID.
      refuseIf(duplicateIdRefusal(findLandlordByIdNumber(w.reg, input.idNumber), 'idNumber'));
      const row = insertLandlord(w, input);
      return { ...(row as LandlordRecord), warnings: noticesOf(input.warnings, 'idNumber') };
    });
  },

  'landlords.list': (ctx, input) => landlordList(ctx.register, input),

  'landlords.findByIdNumber': (ctx, input) => {
    // Whatever type the clerk picked: a number is one landlord's, and credit codes and IDs do not collide.
    const found = findLandlordByIdNumber(ctx.register, compactInput(input.idNumber).toUpperCase());
    return { landlord: found ? detail(ctx.register, found.id) : null };
  },

  'landlords.get': (ctx, input) => detail(ctx.register, input.id),

  'landlords.update': (ctx, input) => {
    const today = ctx.today();
    if (input.identity) refuseIf(futureBirthRefusal(input.identity.idType, input.identity.idNumber, today, 'identity.idNumber'));
    refuseIf(futureLetterRefusal(input.letter.signedOn, today, 'letter.signedOn'));
    ctx.write('landlords.update', (w) => {
      const current = getLandlord(w.reg, input.id);
      if (!current) throw notFound();
      refuseIf(landlordEditRefusal(current.kind, { contactName: input.contactName, idType: input.identity?.idType }));
      if (input.identity) {
        refuseIf(duplicateIdRefusal(findLandlordByIdNumber(w.reg, input.identity.idNumber), 'identity.idNumber', input.id));
      }
      w.update(
        'landlords',
        input.id,
        {
          name: input.name,
          contactName: input.contactName ?? null,
          address: input.address ?? null,
          letterSigned: input.letter.signed,
          letterSignedOn: input.letter.signedOn,
          ...(input.mobile ? { mobile: input.mobile } : {}),
          ...(input.identity ? { idType: input.identity.idType, idNumber: input.identity.idNumber } : {}),
        },
        { baseVersion: input.baseVersion },
      );
    });
    return { ...detail(ctx.register, input.id), warnings: noticesOf(input.warnings, 'identity.idNumber') };
  },

  'landlords.reveal': (ctx, input) => {
    const l = getLandlord(ctx.register, input.id);
    if (!l) throw notFound();
    // Showing personal data in full is itself logged.
    ctx.write('landlords.reveal', (w) => w.audit('landlords', l.id, { event: 'pii.reveal' }));
    return { idNumber: l.idNumber, mobile: l.mobile };
  },
};
