import { DomainError, refuseIf } from '../../core/errors';
import { closedEditRefusal, labelTakenRefusal, occupantsRefusal, roomFloorRefusal } from '../../core/register/rules';
import { maxOccupants } from '../../core/rules/density';
import { refreshFireStatus } from '../../db/fire-status';
import { adultsInRoom, getPropertyRow, roomsOfProperty } from '../../db/properties';
import { roomRecordOf } from '../../db/property-records';
import { insertRoom } from '../../db/register-writes';
import { ruleSetFor } from '../../db/rules';
import type { Register } from '../../db/write';
import type { HandlerMap } from './types';

function propertyOf(reg: Register, propertyId: string) {
  const p = getPropertyRow(reg, propertyId);
  if (!p) throw new DomainError('NOT_FOUND', 'property.notFound');
  refuseIf(closedEditRefusal(p));
  return p;
}

export const roomHandlers: HandlerMap<'rooms.update' | 'rooms.add'> = {
  'rooms.update': (ctx, input) =>
    ctx.write('rooms.update', (w) => {
      const room = w.reg.get('rooms', input.id);
      if (!room) throw new DomainError('NOT_FOUND', 'room.notFound');
      const property = propertyOf(w.reg, room.propertyId);
      refuseIf(roomFloorRefusal(input.floor, property.floors, 'floor'));
      refuseIf(labelTakenRefusal(roomsOfProperty(w.reg, room.propertyId), input.label, 'label', room.id));
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
          maxOccupants: maxOccupants(input.areaM2, ruleSetFor(w.reg, ctx.today()).parameters),
        },
        { baseVersion: input.baseVersion },
      );
      // The rule set in force decides the maximum (DEN-1/DEN-2); whoever lives there must still fit.
      refreshFireStatus(w, room.propertyId, ctx.today());
      const after = w.reg.get('rooms', input.id)!;
      refuseIf(occupantsRefusal(adultsInRoom(w.reg, input.id), after.maxOccupants));
      return roomRecordOf(after);
    }),

  'rooms.add': (ctx, input) =>
    ctx.write('rooms.add', (w) => {
      const property = propertyOf(w.reg, input.propertyId);
      refuseIf(roomFloorRefusal(input.room.floor, property.floors, 'room.floor'));
      refuseIf(labelTakenRefusal(roomsOfProperty(w.reg, input.propertyId), input.room.label, 'room.label'));
      const room = insertRoom(w, input.propertyId, input.room, ctx.today());
      refreshFireStatus(w, input.propertyId, ctx.today());
      return roomRecordOf(w.reg.get('rooms', room.id)!);
    }),
};
