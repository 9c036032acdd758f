import { maskIdNumber, maskMobile } from '../../core/mask';
import type { SearchOutput } from '../../core/schemas/search';
import { searchRegister } from '../../db/search';
import type { HandlerMap } from './types';

export const searchHandlers: HandlerMap<'search.query'> = {
  'search.query': (ctx, input) => {
    const r = searchRegister(ctx.register, input.q, input.limit);
    return {
      mode: r.mode,
      // Found by the full number or not, a list shows personal data masked.
      landlords: r.landlords.map(({ idNumber, mobile, ...l }) => ({
        ...l,
        idNumberMasked: maskIdNumber(idNumber),
        mobileMasked: maskMobile(mobile),
      })) as SearchOutput['landlords'],
      properties: r.properties as SearchOutput['properties'],
      rooms: r.rooms as SearchOutput['rooms'],
      more: r.more,
    };
  },
};
