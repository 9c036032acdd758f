import { DomainError } from '../../core/errors';
import { maxOccupants } from '../../core/rules/density';
import { boardPage } from '../../db/board';
import { refreshFireStatus } from '../../db/fire-status';
import { adultsInRoom, getPropertyRow } from '../../db/properties';
import { insertRoom } from '../../db/register-writes';
import { ruleSetFor } from '../../db/rules';
import type { Register } from '../../db/write';
import { roomRecordOf } from './properties';
import { fieldError } from './refusals';
import type { HandlerMap } from './types';

/** Labels are unique within a property, whatever their case. */
function refuseTakenLabel(reg: Register, propertyId: string, label: string, path: string, exceptId?: string): void {
  const other = reg
    .statement('SELECT id FROM rooms WHERE property_id = ? AND upper(label) = upper(?) AND id <> ?')
    .get(propertyId, label, exceptId ?? '') as { id: string } | undefined;
  if (other) throw fieldError(path, 'room.duplicateLabel', { label });
}

function propertyFor(reg: Register, propertyId: string) {
  const p = getPropertyRow(reg, propertyId);
  if (!p) throw new DomainError('NOT_FOUND', 'property.notFound');
  return p;
}

export const roomHandlers: HandlerMap<'rooms.board' | 'rooms.update' | 'rooms.add'> = {
  'rooms.board': (ctx, input) => boardPage(ctx.register, input.filters ?? {}, input.offset, input.limit),

  'rooms.update': (ctx, input) =>
    ctx.write('rooms.update', (w) => {
      const room = ctx.register.get('rooms', input.id);
      if (!room) throw new DomainError('NOT_FOUND', 'room.notFound');
      const property = propertyFor(ctx.register, room.propertyId);
      if (input.floor > property.floors) {
        throw fieldError('floor', 'property.floorAboveBuilding', { floor: input.floor, floors: property.floors });
      }
      refuseTakenLabel(ctx.register, room.propertyId, input.label, 'label', room.id);
      w.update(
        'rooms',
        input.id,
        {
          label: input.label,
          floor: input.floor,
          areaM2: input.areaM2,
          hasKitchen: input.hasKitchen,
          privateBathroom: input.privateBathroom,
          windowBars: input.windowBars,
          rentMonthly: input.rentMonthly,
          maxOccupants: maxOccupants(input.areaM2, ruleSetFor(ctx.register, ctx.today()).parameters),
        },
        { baseVersion: input.baseVersion },
      );
      // The rule set in force decides the maximum (DEN-1/DEN-2); whoever lives there must still fit.
      refreshFireStatus(w, room.propertyId, ctx.today());
      const after = ctx.register.get('rooms', input.id)!;
      const persons = adultsInRoom(ctx.register, input.id);
      if (persons > after.maxOccupants) {
        throw new DomainError('RULE_VIOLATION', { key: 'room.occupantsAboveMax', params: { persons, max: after.maxOccupants } }, {
          issues: [{ path: 'areaM2', key: 'room.occupantsAboveMax', params: { persons, max: after.maxOccupants } }],
        });
      }
      return roomRecordOf(after);
    }),

  'rooms.add': (ctx, input) =>
    ctx.write('rooms.add', (w) => {
      const property = propertyFor(ctx.register, input.propertyId);
      if (input.room.floor > property.floors) {
        throw fieldError('room.floor', 'property.floorAboveBuilding', { floor: input.room.floor, floors: property.floors });
      }
      refuseTakenLabel(ctx.register, input.propertyId, input.room.label, 'room.label');
      const room = insertRoom(w, input.propertyId, input.room, ctx.today());
      refreshFireStatus(w, input.propertyId, ctx.today());
      return roomRecordOf(ctx.register.get('rooms', room.id)!);
    }),
};
