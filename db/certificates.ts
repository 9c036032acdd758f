import type { Register } from './write';

/** Reads of certificates and desk keys. Writes go through `register.write` (electron/handlers/certificates.ts). */

export interface CertificateRow {
  id: string;
  serial: string;
  propertyId: string;
  inspectionId: string;
  ruleVersion: string;
  inspectedOn: string;
  issuedOn: string;
  validUntil: string;
  deskId: string;
  clerkId: string;
  clerkName: string | null;
  payload: string;
  prints: number;
  status: 'valid' | 'void';
  voidReason: string | null;
  voidedAt: number | null;
  voidedByName: string | null;
  createdAt: number;
  /** The property's address as the register has it now (the certificate keeps its own in the payload). */
  address: string;
}

const SELECT = `SELECT c.id, c.serial, c.property_id AS propertyId, c.inspection_id AS inspectionId, c.rule_version AS ruleVersion,
       c.inspected_on AS inspectedOn, c.issued_on AS issuedOn, c.valid_until AS validUntil, c.desk_id AS deskId,
       c.clerk_id AS clerkId, k.display_name AS clerkName, c.payload, c.prints, c.status, c.void_reason AS voidReason,
       c.voided_at AS voidedAt, v.display_name AS voidedByName, c.created_at AS createdAt, p.address
  FROM certificates c
  JOIN properties p ON p.id = c.property_id
  LEFT JOIN clerks k ON k.id = c.clerk_id
  LEFT JOIN clerks v ON v.id = c.voided_by`;

export function getCertificate(reg: Register, id: string): CertificateRow | null {
  return (reg.statement(`${SELECT} WHERE c.id = ?`).get(id) as CertificateRow | undefined) ?? null;
}

export function certificateBySerial(reg: Register, serial: string): CertificateRow | null {
  return (reg.statement(`${SELECT} WHERE c.serial = ?`).get(serial) as CertificateRow | undefined) ?? null;
}

export function validCertificateOf(reg: Register, propertyId: string): { id: string; serial: string; validUntil: string } | null {
  return (
    (reg
      .statement("SELECT id, serial, valid_until AS validUntil FROM certificates WHERE property_id = ? AND status = 'valid' LIMIT 1")
      .get(propertyId) as { id: string; serial: string; validUntil: string } | undefined) ?? null
  );
}

export interface CertificateFilter {
  state: 'all' | 'valid' | 'void' | 'expiring';
  propertyId?: string | undefined;
  q?: string | undefined;
  /** For `expiring`: the last validity day to include. */
  expiringBy: string;
  offset: number;
  limit: number;
}

/**
 * One page of certificates, newest first — or, for the supervisor's
 * "expiring" list, the soonest to run out first.
 */
export function listCertificates(reg: Register, f: CertificateFilter): { rows: CertificateRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.state === 'valid' || f.state === 'void') {
    where.push('c.status = ?');
    params.push(f.state);
  }
  if (f.state === 'expiring') {
    where.push("c.status = 'valid' AND c.valid_until <= ?");
    params.push(f.expiringBy);
  }
  if (f.propertyId) {
    where.push('c.property_id = ?');
    params.push(f.propertyId);
  }
  if (f.q) {
    where.push("(c.serial LIKE ? ESCAPE '\\' OR p.address LIKE ? ESCAPE '\\')");
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    params.push(like, like);
  }
  const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const order = f.state === 'expiring' ? 'c.valid_until, c.serial' : 'c.created_at DESC, c.serial DESC';
  const rows = reg.statement(`${SELECT}${w} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, f.limit, f.offset) as CertificateRow[];
  const total = (
    reg.statement(`SELECT count(*) AS n FROM certificates c JOIN properties p ON p.id = c.property_id${w}`).get(...params) as { n: number }
  ).n;
  return { rows, total };
}

/** The register's answer to "was this serial voided?", for verification. */
export function voidOfSerial(
  reg: Register,
  serial: string,
  deskId: string,
): { reason: string; voidedAt: number | null; voidedByName: string | null } | null {
  const row = reg
    .statement(
      `SELECT c.void_reason AS reason, c.voided_at AS voidedAt, v.display_name AS voidedByName
         FROM certificates c LEFT JOIN clerks v ON v.id = c.voided_by WHERE c.serial = ? AND c.desk_id = ? AND c.status = 'void'`,
    )
    .get(serial, deskId) as { reason: string | null; voidedAt: number | null; voidedByName: string | null } | undefined;
  return row ? { reason: row.reason ?? '', voidedAt: row.voidedAt, voidedByName: row.voidedByName } : null;
}

/** The full inspection a pass is measured from: the latest non-re-inspection on that date. */
export function passInspection(reg: Register, propertyId: string, inspectedOn: string): { id: string; ruleVersion: string } | null {
  return (
    (reg
      .statement(
        `SELECT id, rule_version AS ruleVersion FROM inspections
          WHERE property_id = ? AND inspected_on = ? AND kind != 'reinspection' ORDER BY created_at DESC LIMIT 1`,
      )
      .get(propertyId, inspectedOn) as { id: string; ruleVersion: string } | undefined) ??
    // Derivation falls back to re-inspections when a property has no full one; so does the certificate.
    (reg
      .statement(
        'SELECT id, rule_version AS ruleVersion FROM inspections WHERE ' +
          'property_id = ? AND inspected_on = ? ORDER BY created_at DESC LIMIT 1',
      )
      .get(propertyId, inspectedOn) as { id: string; ruleVersion: string } | undefined) ??
    null
  );
}

export interface DeskKeyRow {
  id: string;
  name: string;
  regionCode: string;
  deskCode: string;
  publicKey: string | null;
}

export function deskKeyRow(reg: Register): DeskKeyRow | null {
  return (
    (reg.statement('SELECT id, name, region_code AS regionCode, desk_code AS deskCode, public_key AS publicKey FROM desk LIMIT 1').get() as
      DeskKeyRow | undefined) ?? null
  );
}

export interface KnownDeskRow {
  deskId: string;
  name: string;
  regionCode: string | null;
  publicKey: string;
  importedAt: number;
  /** The city revoked the desk: its key no longer vouches for anything. */
  revokedAt: number | null;
}

export function knownDesks(reg: Register): KnownDeskRow[] {
  return reg
    .statement(
      'SELECT id AS deskId, name, region_code AS regionCode, public_key AS ' +
        'publicKey, updated_at AS importedAt, revoked_at AS revokedAt FROM known_desks ORDER BY name',
    )
    .all() as KnownDeskRow[];
}
