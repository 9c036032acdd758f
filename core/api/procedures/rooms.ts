import { z } from 'zod';
import { procedure } from '../procedure';
import { entityId } from '../../schemas/common';
import { roomDetailOutput, roomFilters, roomsPageInput, roomsPageOutput, roomsSummaryOutput } from '../../schemas/rooms';

/** The room read model: the rack's lines a page at a time, their counts, and one room in detail. */
export const roomViewProcedures = {
  'rooms.page': procedure({ input: roomsPageInput, output: roomsPageOutput, access: 'register.read' }),
  'rooms.summary': procedure({
    input: z.strictObject({ filters: roomFilters.default({}) }),
    output: roomsSummaryOutput,
    access: 'register.read',
  }),
  'rooms.detail': procedure({ input: z.strictObject({ id: entityId }), output: roomDetailOutput, access: 'register.read' }),
};
