import { DomainError } from '../../core/errors';
import { currentStays, findTenantByIdNumber, tenantPerson } from '../../db/tenancies';
import type { HandlerMap } from './types';

export const tenantHandlers: HandlerMap<'tenants.lookup' | 'tenants.reveal'> = {
  /** The clerk typed an ID: is this person known, and are they living or holding a room somewhere in this register now? */
  'tenants.lookup': (ctx, input) => {
    const found = findTenantByIdNumber(ctx.register, input.idType, input.idNumber);
    if (!found) return { tenant: null, current: [] };
    const { role: _r, relation: _rel, guardianName: _g, ...tenant } = tenantPerson(ctx.register, found.id)!;
    return {
      tenant,
      current: currentStays(ctx.register, found.id).map((s) => ({
        tenancyId: s.tenancyId,
        status: s.status,
        role: s.role,
        roomLabel: s.roomLabel,
        address: s.address,
        since: s.since,
      })),
    };
  },

  /** A full ID number and mobile, for a clerk allowed to see them; the showing itself is audited. */
  'tenants.reveal': (ctx, input) => {
    const t = ctx.register.get('tenants', input.id);
    if (!t) throw new DomainError('NOT_FOUND', 'tenant.notFound');
    ctx.write('tenants.reveal', (w) => w.audit('tenants', t.id, { revealed: ['idNumber', 'mobile'] }));
    return { idNumber: t.idNumber, mobile: t.mobile };
  },
};
