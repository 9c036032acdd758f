import { DomainError } from '../../core/errors';
import { maskIdNumber, maskMobile } from '../../core/mask';
import { idProblemToday } from '../../core/schemas/person-id';
import type { LandlordRecord } from '../../core/schemas/landlord';
import { findLandlordByIdNumber, listLandlords } from '../../db/landlords';
import type { HandlerMap } from './types';

export const landlordHandlers: HandlerMap<'landlords.create' | 'landlords.list'> = {
  'landlords.create': (ctx, input) => {
    const problem = idProblemToday(input.idType, input.idNumber, ctx.today());
    if (problem) {
      throw new DomainError('VALIDATION', 'error.validation', {
        issues: [{ path: 'idNumber', key: problem }],
      });
    }
    return ctx.write('landlords.create', (w) => {
      const existing = findLandlordByIdNumber(ctx.register, input.idType, input.idNumber);
      if (existing) {
        const ref = { key: 'landlord.duplicateId', params: { name: existing.name, id: existing.id } };
        throw new DomainError('CONFLICT', ref, {
          issues: [{ path: 'idNumber', ...ref }],
          details: { existingId: existing.id, existingName: existing.name },
        });
      }
      const row = w.insert('landlords', {
        kind: 'person',
        name: input.name,
        idType: input.idType,
        idNumber: input.idNumber,
        mobile: input.mobile,
        address: input.address ?? null,
      });
      return row as LandlordRecord;
    });
  },

  'landlords.list': (ctx, input) => {
    const { rows, total } = listLandlords(ctx.register, input);
    return {
      total,
      landlords: rows.map((r) => ({
        id: r.id,
        name: r.name,
        idType: r.idType as LandlordRecord['idType'],
        idNumberMasked: maskIdNumber(r.idNumber),
        mobileMasked: maskMobile(r.mobile),
        address: r.address,
        propertyCount: r.propertyCount,
        createdAt: r.createdAt,
      })),
    };
  },
};
