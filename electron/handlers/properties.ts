import { DomainError, refuseIf } from '../../core/errors';
import { addressKeyOf } from '../../core/import/plan-row';
import { closedEditRefusal, closeRefusal, duplicateAddressRefusal, floorsRefusal, reopenRefusal } from '../../core/register/rules';
import { refreshFireStatus } from '../../db/fire-status';
import { getLandlord } from '../../db/landlords';
import { getPropertyRow, listProperties, propertiesAtAddress, roomsOfProperty } from '../../db/properties';
import { propertyDetail, propertyRecord } from '../../db/property-records';
import { addressColumns, insertProperty, insertRoom } from '../../db/register-writes';
import type { Register } from '../../db/write';
import type { HandlerMap } from './types';

type Names =
  | 'properties.create'
  | 'properties.get'
  | 'properties.list'
  | 'properties.checkAddress'
  | 'properties.update'
  | 'properties.close'
  | 'properties.reopen';

const notFound = () => new DomainError('NOT_FOUND', 'property.notFound');

function current(reg: Register, id: string) {
  const p = getPropertyRow(reg, id);
  if (!p) throw notFound();
  return p;
}

function detail(reg: Register, id: string) {
  const d = propertyDetail(reg, id);
  if (!d) throw notFound();
  return d;
}

export const propertyHandlers: HandlerMap<Names> = {
  'properties.create': (ctx, input) =>
    ctx.write('properties.create', (w) => {
      if (!getLandlord(w.reg, input.landlordId)) {
        throw new DomainError('NOT_FOUND', 'landlord.notFound', { issues: [{ path: 'landlordId', key: 'landlord.notFound' }] });
      }
      refuseIf(duplicateAddressRefusal(propertiesAtAddress(w.reg, addressKeyOf(input.address)), input.acknowledgeAddressDuplicate));
      const property = insertProperty(w, input.landlordId, input);
      for (const room of input.rooms) insertRoom(w, property.id, room, ctx.today());
      refreshFireStatus(w, property.id, ctx.today());
      return propertyRecord(w.reg, property.id)!;
    }),

  'properties.get': (ctx, input) => detail(ctx.register, input.id),

  'properties.list': (ctx, input) => {
    const { rows, total } = listProperties(ctx.register, input);
    return { total, properties: rows };
  },

  'properties.checkAddress': (ctx, input) => ({
    matches: propertiesAtAddress(ctx.register, addressKeyOf(input.address)).filter((m) => m.id !== input.excludeId),
  }),

  'properties.update': (ctx, input) => {
    ctx.write('properties.update', (w) => {
      const p = current(w.reg, input.id);
      refuseIf(closedEditRefusal(p));
      refuseIf(floorsRefusal(roomsOfProperty(w.reg, input.id), input.floors));
      const address = addressColumns(input.address);
      if (address.addressKey !== p.addressKey) {
        refuseIf(duplicateAddressRefusal(propertiesAtAddress(w.reg, address.addressKey), input.acknowledgeAddressDuplicate, input.id));
      }
      w.update(
        'properties',
        input.id,
        {
          ...address,
          buildingType: input.buildingType,
          floors: input.floors,
          mixedUse: input.mixedUse,
          ebikeArrangement: input.ebikeArrangement,
          usesSandwichPanels: input.usesSandwichPanels,
        },
        { baseVersion: input.baseVersion },
      );
      refreshFireStatus(w, input.id, ctx.today());
    });
    return detail(ctx.register, input.id);
  },

  /** 查封关停: the cache says 'closed' in the same transaction, so the rooms leave the offer at once. */
  'properties.close': (ctx, input) => {
    ctx.write('properties.close', (w) => {
      refuseIf(closeRefusal(getPropertyRow(w.reg, input.id)?.status ?? null, input.closedOn, ctx.today()));
      w.update(
        'properties',
        input.id,
        { status: 'closed', closedReason: input.reason, closedAuthority: input.authority, closedOn: input.closedOn },
        { baseVersion: input.baseVersion },
      );
      refreshFireStatus(w, input.id, ctx.today());
    });
    const property = detail(ctx.register, input.id);
    return { property, followUp: property.followUp };
  },

  'properties.reopen': (ctx, input) => {
    ctx.write('properties.reopen', (w) => {
      refuseIf(reopenRefusal(getPropertyRow(w.reg, input.id)?.status ?? null));
      w.update(
        'properties',
        input.id,
        { status: 'active', closedReason: null, closedAuthority: null, closedOn: null },
        { baseVersion: input.baseVersion },
      );
      if (input.note) w.audit('properties', input.id, { event: 'reopen', note: input.note });
      refreshFireStatus(w, input.id, ctx.today());
    });
    return detail(ctx.register, input.id);
  },
};
