import { regionName } from '../../core/regions';
import type { MessageRef } from '../../core/i18n/types';
import type { Reason } from '../../core/rules/derive';
import type { MatchedRoom } from '../../core/schemas/tenancy';
import { matchRooms, type Outcome } from '../../core/tenancy/matching';
import { matchCandidates, roomShown } from '../../db/matching';
import { ruleSetFor } from '../../db/rules';
import type { HandlerMap } from './types';

/** Near misses shown per failed requirement: enough to offer alternatives, few enough to read. */
const NEAR_MISSES_EACH = 5;

export const matchingHandlers: HandlerMap<'match.rooms'> = {
  'match.rooms': (ctx, input) => {
    const ruleSet = ruleSetFor(ctx.register, input.moveInOn);
    const req = {
      adults: input.adults,
      children: input.children,
      cooking: input.cooking,
      budget: input.budget ?? null,
      moveInOn: input.moveInOn,
      preferredCommunity: input.preferredCommunity ?? null,
      preferredGrid: input.preferredGrid ?? null,
      lowFloor: input.lowFloor,
      privateBathroom: input.privateBathroom,
      ebikeParking: input.ebikeParking,
    };
    // One more than the page, to tell the clerk whether more rooms fit.
    const pre = matchCandidates(ctx.register, req, ruleSet.parameters, {
      limit: input.limit + 1,
      nearMissesPerRequirement: NEAR_MISSES_EACH,
    });
    const result = matchRooms(req, [...pre.matches, ...pre.nearMisses], ruleSet.parameters, {
      limit: input.limit,
      nearMissesPerRequirement: NEAR_MISSES_EACH,
    });
    const said = (r: Reason): MessageRef => {
      // A failed kitchen item is named by its code and its check, from the rule set in force.
      const code = r.params?.code;
      if (typeof code !== 'string') return r;
      const item = code.split('、').map((c) => ruleSet.items.find((i) => i.code === c)?.check ?? c);
      return { key: r.key, params: { ...r.params, item } };
    };
    const shown = (o: Outcome): MatchedRoom => {
      const c = o.candidate;
      const room = roomShown(ctx.register, c.roomId);
      return {
        roomId: c.roomId,
        propertyId: c.propertyId,
        label: room.label,
        floor: c.floor,
        areaM2: c.areaM2,
        hasKitchen: c.hasKitchen,
        cookingPermitted: c.cookingPermitted,
        privateBathroom: c.privateBathroom,
        rentMonthly: c.rentMonthly,
        maxOccupants: room.maxOccupants,
        address: room.address,
        communityName: room.communityCode ? regionName(room.communityCode) : null,
        grid: c.grid,
        reasons: o.fits.map(said),
      };
    };
    return {
      ruleVersion: ruleSet.version,
      household: result.household,
      matches: result.matches.map(shown),
      nearMisses: result.nearMisses.map((o) => ({
        ...shown(o),
        failed: { requirement: o.failed!.requirement, message: said(o.failed!.reason) },
      })),
      moreMatches: result.totalMatches > input.limit,
    };
  },
};
