import { DomainError } from '../../core/errors';
import { maskIdNumber, maskMobile } from '../../core/mask';
import type { LandlordDetail, LandlordRecord } from '../../core/schemas/landlord';
import { idProblemToday, type IdType } from '../../core/schemas/person-id';
import { compactInput } from '../../core/validation/normalize';
import { findLandlordByIdNumber, getLandlord, listLandlords, propertiesOfLandlord } from '../../db/landlords';
import type { Register } from '../../db/write';
import { insertLandlord } from '../../db/register-writes';
import type { CallContext } from './context';
import { fieldError, notices } from './refusals';
import type { HandlerMap } from './types';

/** A landlord as the register pages show one: ID and mobile masked, with their properties. */
export function landlordDetailOf(reg: Register, id: string): LandlordDetail {
  const l = getLandlord(reg, id);
  if (!l) throw new DomainError('NOT_FOUND', 'landlord.notFound');
  const properties = propertiesOfLandlord(reg, id);
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    idType: l.idType,
    idNumberMasked: maskIdNumber(l.idNumber),
    mobileMasked: maskMobile(l.mobile),
    contactName: l.contactName,
    address: l.address,
    letterSigned: l.letterSigned,
    letterSignedOn: l.letterSignedOn,
    propertyCount: properties.length,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    version: l.version,
    properties,
  };
}

/** The ID check that needs today's date: a resident ID's birth date may not lie ahead. */
export function refuseFutureBirth(ctx: CallContext, idType: string, idNumber: string, path: string): void {
  if (idType === 'credit_code') return;
  const problem = idProblemToday(idType as IdType, idNumber, ctx.today());
  if (problem) throw fieldError(path, problem);
}

/** The same ID number registered already: 409, naming the landlord so the page can offer it. */
export function refuseDuplicateId(reg: Register, idNumber: string, path: string, exceptId?: string): void {
  const existing = findLandlordByIdNumber(reg, idNumber);
  if (existing && existing.id !== exceptId) {
    const ref = { key: 'landlord.duplicateId', params: { name: existing.name, id: existing.id } };
    throw new DomainError('CONFLICT', ref, {
      issues: [{ path, ...ref }],
      details: { existingId: existing.id, existingName: existing.name },
    });
  }
}

export function refuseFutureLetter(ctx: CallContext, signedOn: string | null, path: string): void {
  if (signedOn && signedOn > ctx.today()) throw fieldError(path, 'letter.dateInFuture');
}

type Names =
  | 'landlords.create'
  | 'landlords.list'
  | 'landlords.findByIdNumber'
  | 'landlords.get'
  | 'landlords.update'
  | 'landlords.reveal';

export const landlordHandlers: HandlerMap<Names> = {
  'landlords.create': (ctx, input) => {
    refuseFutureBirth(ctx, input.idType, input.idNumber, 'idNumber');
    return ctx.write('landlords.create', (w) => {
      // Checked inside the transaction: two desks' clerks cannot both register the same ID.
      refuseDuplicateId(ctx.register, input.idNumber, 'idNumber');
      const row = insertLandlord(w, input);
      return { ...(row as LandlordRecord), warnings: notices(ctx.lang, input.warnings, 'idNumber') };
    });
  },

  'landlords.list': (ctx, input) => {
    const { rows, total } = listLandlords(ctx.register, input);
    return {
      total,
      landlords: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        name: r.name,
        idType: r.idType as LandlordRecord['idType'],
        idNumberMasked: maskIdNumber(r.idNumber),
        mobileMasked: maskMobile(r.mobile),
        address: r.address,
        letterSigned: r.letterSigned === 1,
        propertyCount: r.propertyCount,
        createdAt: r.createdAt,
      })),
    };
  },

  'landlords.findByIdNumber': (ctx, input) => {
    // Whatever type the clerk picked: a number is one landlord's, and credit codes and IDs do not collide.
    const found = findLandlordByIdNumber(ctx.register, compactInput(input.idNumber).toUpperCase());
    return { landlord: found ? landlordDetailOf(ctx.register, found.id) : null };
  },

  'landlords.get': (ctx, input) => landlordDetailOf(ctx.register, input.id),

  'landlords.update': (ctx, input) => {
    if (input.identity) refuseFutureBirth(ctx, input.identity.idType, input.identity.idNumber, 'identity.idNumber');
    refuseFutureLetter(ctx, input.letter.signedOn, 'letter.signedOn');
    ctx.write('landlords.update', (w) => {
      const current = getLandlord(ctx.register, input.id);
      if (!current) throw new DomainError('NOT_FOUND', 'landlord.notFound');
      if (current.kind === 'organisation' && !input.contactName) throw fieldError('contactName', 'landlord.contactRequired');
      if (input.identity) {
        const suits = (input.identity.idType === 'credit_code') === (current.kind === 'organisation');
        if (!suits) throw fieldError('identity.idType', 'landlord.kindMismatch');
        refuseDuplicateId(ctx.register, input.identity.idNumber, 'identity.idNumber', input.id);
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
    return { ...landlordDetailOf(ctx.register, input.id), warnings: notices(ctx.lang, input.warnings, 'identity.idNumber') };
  },

  'landlords.reveal': (ctx, input) => {
    const l = getLandlord(ctx.register, input.id);
    if (!l) throw new DomainError('NOT_FOUND', 'landlord.notFound');
    // Showing personal data in full is itself logged (product.md).
    ctx.write('landlords.reveal', (w) => w.audit('landlords', l.id, { event: 'pii.reveal' }));
    return { idNumber: l.idNumber, mobile: l.mobile };
  },
};
