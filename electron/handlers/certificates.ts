import { decodeCertificate, encodeCertificate, type CertificateFacts } from '../../core/certificates/payload';
import { voidReasonRef } from '../../core/certificates/messages';
import { verifyCertificate, type DeskKey } from '../../core/certificates/verify';
import { addDays, daysBetween } from '../../core/dates';
import { DomainError } from '../../core/errors';
import {
  certificateBySerial,
  deskKeyRow,
  getCertificate,
  knownDesks,
  listCertificates,
  passInspection,
  validCertificateOf,
  voidOfSerial,
  type CertificateRow,
} from '../../db/certificates';
import { deriveForProperty } from '../../db/fire-status';
import { getPropertyRow, roomsOfProperty } from '../../db/properties';
import { knownRuleSets } from '../../db/rules';
import { deskSigner } from '../keys/desk-key';
import type { CallContext } from './context';
import type { HandlerMap } from './types';

type Names =
  'certificates.issue' | 'certificates.get' | 'certificates.list' | 'certificates.print' | 'certificates.void' | 'certificates.verify';

const notFound = () => new DomainError('NOT_FOUND', 'certificate.notFound', { issues: [{ path: 'id', key: 'certificate.notFound' }] });

/** The signed facts of a stored certificate: what the paper and the QR code say, never re-read from today's register. */
function factsOf(row: { payload: string; serial: string }): CertificateFacts {
  const d = decodeCertificate(row.payload);
  // The desk wrote this payload itself: failing to read it back is a bug (or a register edited behind the write path).
  if (!d.ok) throw new Error(`certificate ${row.serial} has an unreadable payload`);
  return d.facts;
}

function voidOf(reason: string | null, voidedAt: number | null, voidedBy: string | null) {
  if (reason === null) return null;
  return { reason, message: voidReasonRef(reason), voidedAt, voidedBy };
}

function record(ctx: CallContext, row: CertificateRow) {
  const rules = knownRuleSets(ctx.register).find((r) => r.version === row.ruleVersion);
  return {
    id: row.id,
    serial: row.serial,
    propertyId: row.propertyId,
    inspectionId: row.inspectionId,
    status: row.status,
    facts: factsOf(row),
    ruleTitle: rules ? rules.title : { zh: row.ruleVersion, en: row.ruleVersion },
    deskName: deskKeyRow(ctx.register)?.name ?? '',
    clerkName: row.clerkName ?? '',
    payload: row.payload,
    prints: row.prints,
    issuedAt: row.createdAt,
    void: row.status === 'void' ? voidOf(row.voidReason, row.voidedAt, row.voidedByName) : null,
  };
}

/** Every key this desk trusts: its own and the ones imported from other desks. */
function trustedKeys(ctx: CallContext): DeskKey[] {
  const own = deskKeyRow(ctx.register);
  const keys: DeskKey[] = own?.publicKey ? [{ deskId: own.id, publicKey: own.publicKey, name: own.name }] : [];
  // A desk the city revoked is trusted no more: its certificates read as from an unknown desk.
  for (const k of knownDesks(ctx.register)) if (k.revokedAt === null) keys.push({ deskId: k.deskId, publicKey: k.publicKey, name: k.name });
  return keys;
}

export const certificateHandlers: HandlerMap<Names> = {
  /**
   * Issues a certificate for a property that is compliant by the live
   * derivation today (not the cached column). Serial, signature and row are
   * made in one write transaction: a refusal leaves no number used.
   */
  'certificates.issue': (ctx, input) => {
    const today = ctx.today();
    const id = ctx.write('certificates.issue', (w) => {
      const p = getPropertyRow(ctx.register, input.propertyId);
      if (!p) throw new DomainError('NOT_FOUND', 'property.notFound', { issues: [{ path: 'propertyId', key: 'property.notFound' }] });
      const d = deriveForProperty(ctx.register, p.id, today)!;
      if (d.status !== 'compliant' || !d.validFrom || !d.validUntil) {
        const params = { status: { key: `fireStatus.${d.status}` }, reasons: d.reasons };
        throw new DomainError(
          'RULE_VIOLATION',
          { key: 'certificate.notCompliant', params },
          {
            issues: [{ path: 'propertyId', key: 'certificate.notCompliant', params }],
          },
        );
      }
      const existing = validCertificateOf(ctx.register, p.id);
      // The same pass already has its certificate: reprint it. A newer pass (a later full
      // inspection moved the validity on) replaces it, so one property never has two valid ones.
      if (existing && existing.validUntil === d.validUntil) {
        throw new DomainError(
          'CONFLICT',
          { key: 'certificate.alreadyValid', params: { serial: existing.serial } },
          {
            details: { certificateId: existing.id },
          },
        );
      }
      if (existing) w.update('certificates', existing.id, { status: 'void', voidReason: 'auto:superseded', voidedAt: ctx.clock.now() });
      const labels = new Map(roomsOfProperty(ctx.register, p.id).map((r) => [r.id, r.label]));
      // A room too small for anyone is not covered: the certificate lists where people may live.
      const rooms = d.rooms
        .filter((r) => r.maxOccupants > 0)
        .map((r) => ({ label: labels.get(r.id)!, maxOccupants: r.maxOccupants, cookingPermitted: r.cookingPermitted }));
      if (rooms.length === 0) throw new DomainError('RULE_VIOLATION', 'certificate.noRooms');
      const pass = passInspection(ctx.register, p.id, d.validFrom);
      if (!pass) throw new Error(`property ${p.id} is compliant without an inspection on ${d.validFrom}`);

      // After every check: a register that predates keys gets its key pair only when it really issues.
      const signer = deskSigner(w, ctx.register, ctx.keys, ctx.log);
      const desk = deskKeyRow(ctx.register)!;
      const year = today.slice(0, 4);
      // The sync issue will hand each desk its own block of numbers; until then one counter per year.
      const serial = `${desk.deskCode}-${year}-${String(w.nextCounter(`certificate:${year}`)).padStart(6, '0')}`;
      const facts: CertificateFacts = {
        serial,
        deskId: signer.deskId,
        issuedOn: today,
        validUntil: d.validUntil,
        inspectedOn: d.validFrom,
        ruleVersion: pass.ruleVersion,
        address: p.address,
        landlord: ctx.register.get('landlords', p.landlordId)!.name,
        rooms,
      };
      const row = w.insert('certificates', {
        serial,
        propertyId: p.id,
        inspectionId: pass.id,
        ruleVersion: pass.ruleVersion,
        inspectedOn: facts.inspectedOn,
        issuedOn: today,
        validUntil: facts.validUntil,
        deskId: signer.deskId,
        clerkId: ctx.clerk!.id,
        rooms,
        payload: encodeCertificate(facts, signer.sign),
      });
      return row.id;
    });
    return record(ctx, getCertificate(ctx.register, id)!);
  },

  'certificates.get': (ctx, input) => {
    const row = getCertificate(ctx.register, input.id);
    if (!row) throw notFound();
    return record(ctx, row);
  },

  'certificates.list': (ctx, input) => {
    const today = ctx.today();
    const { rows, total } = listCertificates(ctx.register, {
      state: input.state,
      propertyId: input.propertyId,
      q: input.q,
      expiringBy: addDays(today, input.withinDays),
      offset: input.offset,
      limit: input.limit,
    });
    return {
      total,
      certificates: rows.map((row) => {
        const facts = factsOf(row);
        return {
          id: row.id,
          serial: row.serial,
          propertyId: row.propertyId,
          address: facts.address,
          landlord: facts.landlord,
          issuedOn: row.issuedOn,
          validUntil: row.validUntil,
          status: row.status,
          daysLeft: daysBetween(today, row.validUntil),
          prints: row.prints,
          void: row.status === 'void' ? voidOf(row.voidReason, row.voidedAt, row.voidedByName) : null,
        };
      }),
    };
  },

  /** Each print (the first and every reprint) is counted and audited: the audit row carries the count before and after. */
  'certificates.print': (ctx, input) =>
    ctx.write('certificates.print', (w) => {
      const c = ctx.register.get('certificates', input.id);
      if (!c) throw notFound();
      if (c.status === 'void') throw new DomainError('RULE_VIOLATION', 'certificate.voidNoPrint');
      return { prints: w.update('certificates', c.id, { prints: c.prints + 1 }).prints };
    }),

  'certificates.void': (ctx, input) => {
    ctx.write('certificates.void', (w) => {
      const c = ctx.register.get('certificates', input.id);
      if (!c) throw notFound();
      if (c.status === 'void') throw new DomainError('CONFLICT', 'certificate.alreadyVoid');
      w.update('certificates', c.id, { status: 'void', voidReason: input.reason, voidedAt: ctx.clock.now(), voidedBy: ctx.clerk!.id });
    });
    return record(ctx, getCertificate(ctx.register, input.id)!);
  },

  'certificates.verify': (ctx, input) => {
    const today = ctx.today();
    const v = verifyCertificate(input.payload, {
      keys: trustedKeys(ctx),
      today,
      voided: (serial, deskId) => voidOfSerial(ctx.register, serial, deskId),
    });
    const voided = v.voided ? voidOfSerial(ctx.register, v.facts!.serial, v.facts!.deskId) : null;
    const voidInfo = voided ? voidOf(voided.reason, voided.voidedAt, voided.voidedByName) : null;
    const params = {
      validUntil: v.facts?.validUntil ?? '',
      deskId: v.deskId ?? '',
      reason: voidInfo?.message ?? '',
    };
    const own = v.facts && v.deskId === deskKeyRow(ctx.register)?.id ? certificateBySerial(ctx.register, v.facts.serial) : null;
    return {
      verdict: v.verdict,
      message: { key: `certificate.verdict.${v.verdict}`, params },
      facts: v.facts,
      deskId: v.deskId,
      issuer: v.issuer,
      void: voidInfo,
      certificateId: own?.id ?? null,
    };
  },
};
