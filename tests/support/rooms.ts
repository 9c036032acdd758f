import type { RoomFilters } from '../../core/schemas/rooms';
import type { MessageRef } from '../../core/i18n/types';
import { say } from '../../core/i18n/catalog';
import type { Caller } from './desk';

/** Every room the filters give, flattened from the rack's lines, with its property's fields beside it. */
export async function roomRows(caller: Caller, filters: RoomFilters = {}) {
  const rows = [];
  for (let offset = 0; ; offset += 500) {
    const page = await caller.call('rooms.page', { filters, offset, limit: 500 });
    for (const l of page.lines) {
      for (const r of l.rooms)
        rows.push({ ...r, propertyId: l.id, address: l.address, fireStatus: l.fireStatus, landlordName: l.landlordName });
    }
    if (page.lines.length < 500) return rows;
  }
}

/** A message as a Chinese-speaking clerk reads it. */
export const zh = (ref: MessageRef) => say(ref, 'zh');

/** An output that carries a `message` reference, with its Chinese text beside it, for assertions. */
export const withText = <T extends { message: MessageRef }>(o: T | null | undefined) => (o ? { ...o, text: zh(o.message) } : o);
