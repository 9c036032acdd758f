import { z } from 'zod';
import { entityId, isoDate } from './common';
import { landlordCreateInput, landlordRecord, letterInput, notice } from './landlord';
import { checkRooms, propertyFields, propertyRecord, roomInput } from './property';

/**
 * The landlord-walks-in flow (product.md workflow 2) as one procedure: the
 * landlord (an existing one by id, or a new one), the property, its rooms, the
 * responsibility letter and the first inspection's date, all saved in one
 * transaction when the clerk finishes — an abandoned flow leaves nothing.
 */
export const walkInInput = z
  .strictObject({
    landlordId: entityId.optional(),
    landlord: landlordCreateInput.optional(),
    property: z.strictObject(propertyFields),
    rooms: z.array(roomInput).min(1).max(300),
    letter: letterInput,
    firstInspectionOn: isoDate,
    acknowledgeAddressDuplicate: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.landlordId === !v.landlord) {
      ctx.addIssue({ code: 'custom', path: ['landlord'], message: 'walkIn.landlordRequired' });
    }
    checkRooms(v.property.floors, v.rooms, ctx);
  });
export type WalkInInput = z.output<typeof walkInInput>;

export const walkInOutput = z.object({
  landlord: landlordRecord,
  landlordCreated: z.boolean(),
  property: propertyRecord,
  firstInspection: z.object({ id: z.string(), dueOn: z.string() }),
  /** Saved, but worth a second look (a credit code whose check character fails). */
  warnings: z.array(notice),
});
export type WalkInOutput = z.infer<typeof walkInOutput>;
