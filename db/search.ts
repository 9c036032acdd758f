import type { FireStatus } from '../core/schemas/statuses';
import { LANDLORD_ID_TYPES } from '../core/schemas/landlord';
import { compactInput } from '../core/validation/normalize';
import { parseMobile } from '../core/validation/mobile';
import type { Register } from './write';

/**
 * The one search box over the register. How a query is read:
 * - an ID number or a mobile: exact match on their indexes (never a
 *   substring: personal numbers are not browsed by fragments);
 * - a term of 3+ characters: FTS5 trigram substrings of landlord names and
 *   property addresses (db/migrations/…_search.sql keeps the indexes in step);
 * - shorter terms (a two-character name, "101"): prefixes on indexed columns,
 *   then a bounded substring scan of the names index, and room labels exactly.
 * A short term after a long one narrows: "浮排村东路12号 101" is room 101 there.
 */
export interface LandlordHit {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  idType: string;
  idNumber: string;
  mobile: string;
  propertyCount: number;
}
export interface PropertyHit {
  id: string;
  address: string;
  landlordName: string;
  status: 'active' | 'closed';
  fireStatus: FireStatus;
  roomCount: number;
}
export interface RoomHit {
  id: string;
  propertyId: string;
  label: string;
  floor: number;
  address: string;
  status: string;
  fireStatus: FireStatus;
}
export interface SearchResult {
  mode: 'exact' | 'substring' | 'short';
  landlords: LandlordHit[];
  properties: PropertyHit[];
  rooms: RoomHit[];
  more: { landlords: boolean; properties: boolean; rooms: boolean };
}

const LANDLORD_COLUMNS = `l.id, l.kind, l.name, l.id_type AS idType, l.id_number AS idNumber, l.mobile,
  (SELECT count(*) FROM properties p WHERE p.landlord_id = l.id) AS propertyCount`;
const PROPERTY_COLUMNS = `p.id, p.address, (SELECT name FROM landlords l WHERE l.id = p.landlord_id) AS landlordName,
  p.status, p.fire_status AS fireStatus, (SELECT count(*) FROM rooms r WHERE r.property_id = p.id) AS roomCount`;
const ROOM_COLUMNS = `r.id, r.property_id AS propertyId, r.label, r.floor, p.address, r.status, p.fire_status AS fireStatus`;

const ID_TYPES_IN = LANDLORD_ID_TYPES.map((t) => `'${t}'`).join(',');
/** Sorts after every character a name or address can hold, to turn a prefix into an index range. */
const HIGH = '\u{10FFFF}';
const LABEL_LIKE = /^[0-9A-Za-z][0-9A-Za-z-]{0,7}$/;
const PERSONAL_NUMBER = /^[0-9A-Z]{5,18}$/;

/** A phrase for FTS5: quotes doubled, so any text is one literal substring. */
const phrase = (t: string) => `"${t.replaceAll('"', '""')}"`;
/** LIKE with its wildcards taken literally. */
const likeEscape = (t: string) => t.replace(/[\\%_]/g, (c) => `\\${c}`);

function chars(s: string): number {
  return [...s].length;
}

export function searchRegister(reg: Register, query: string, limit: number): SearchResult {
  const q = query.normalize('NFKC').trim();
  const compact = compactInput(q).toUpperCase();
  const take = limit + 1;
  const result = (mode: SearchResult['mode'], l: LandlordHit[], p: PropertyHit[], r: RoomHit[]): SearchResult => ({
    mode,
    landlords: l.slice(0, limit),
    properties: p.slice(0, limit),
    rooms: r.slice(0, limit),
    more: { landlords: l.length > limit, properties: p.length > limit, rooms: r.length > limit },
  });

  // 1. A personal number: exact, or nothing of it (a short one may still be a room label).
  const mobile = parseMobile(compact);
  const idLike = PERSONAL_NUMBER.test(compact) && /\d{5}/.test(compact);
  if (mobile.ok || idLike) {
    const landlords = mobile.ok
      ? (reg.statement(`SELECT ${LANDLORD_COLUMNS} FROM landlords l WHERE l.mobile = ? LIMIT ?`).all(mobile.value, take) as LandlordHit[])
      : (reg
          .statement(`SELECT ${LANDLORD_COLUMNS} FROM landlords l WHERE l.id_type IN (${ID_TYPES_IN}) AND l.id_number = ? LIMIT ?`)
          .all(compact, take) as LandlordHit[]);
    if (landlords.length > 0 || !LABEL_LIKE.test(q)) {
      const properties =
        landlords.length === 1
          ? (reg
              .statement(`SELECT ${PROPERTY_COLUMNS} FROM properties p WHERE p.landlord_id = ? ORDER BY p.created_at LIMIT ?`)
              .all(landlords[0]!.id, take) as PropertyHit[])
          : [];
      return result('exact', landlords, properties, []);
    }
  }

  const terms = q.split(/\s+/).filter(Boolean);
  const long = terms.filter((t) => chars(t) >= 3);
  const short = terms.filter((t) => chars(t) < 3);
  const label = terms.length > 1 && LABEL_LIKE.test(terms[terms.length - 1]!) ? terms[terms.length - 1]! : null;

  if (long.length > 0) {
    // 2. Substrings through the trigram indexes; short terms narrow the hits with LIKE.
    const match = long.map(phrase).join(' ');
    const narrow = (col: string, ts: string[]) => ts.map(() => ` AND ${col} LIKE ? ESCAPE '\\'`).join('');
    const likes = (ts: string[]) => ts.map((t) => `%${likeEscape(t)}%`);
    const shortNames = short.filter((t) => t !== label);
    const landlords = reg
      .statement(
        `SELECT ${LANDLORD_COLUMNS} FROM landlords_fts f JOIN landlords l ON l.rowid = f.rowid
          WHERE landlords_fts MATCH ?${narrow("(l.name || ' ' || coalesce(l.contact_name, ''))", shortNames)} LIMIT ?`,
      )
      .all(match, ...likes(shortNames), take) as LandlordHit[];
    const properties = reg
      .statement(
        `SELECT ${PROPERTY_COLUMNS} FROM properties_fts f JOIN properties p ON p.rowid = f.rowid
          WHERE properties_fts MATCH ?${narrow('p.address', shortNames)} LIMIT ?`,
      )
      .all(match, ...likes(shortNames), take) as PropertyHit[];
    // A lone label-like term ("101", "A12") is a room label too.
    let rooms: RoomHit[] = terms.length === 1 && LABEL_LIKE.test(q) ? roomsLabelled(reg, q, take) : [];
    if (label) {
      const addressMatch = terms
        .slice(0, -1)
        .filter((t) => chars(t) >= 3)
        .map(phrase)
        .join(' ');
      rooms = addressMatch
        ? (reg
            .statement(
              `SELECT ${ROOM_COLUMNS} FROM properties_fts f JOIN properties p ON p.rowid = f.rowid
                 JOIN rooms r ON r.property_id = p.id
                WHERE properties_fts MATCH ? AND r.label IN (?, ?) LIMIT ?`,
            )
            .all(addressMatch, label, label.toUpperCase(), take) as RoomHit[])
        : [];
    }
    return result('substring', landlords, properties, rooms);
  }

  // 3. Short terms only: prefixes on indexes, a bounded scan of names, labels exactly.
  const t = terms.join('');
  const landlords = reg
    .statement(`SELECT ${LANDLORD_COLUMNS} FROM landlords l WHERE l.name >= ? AND l.name < ? ORDER BY l.name LIMIT ?`)
    .all(t, t + HIGH, take) as LandlordHit[];
  if (landlords.length < take) {
    // Given names ("建国" in 陈建国): a substring scan of the name index, stopped at the limit.
    const seen = new Set(landlords.map((l) => l.id));
    const more = reg
      .statement(
        `SELECT ${LANDLORD_COLUMNS} FROM landlords l
          WHERE l.rowid IN (SELECT rowid FROM landlords INDEXED BY landlords_name WHERE name LIKE ? ESCAPE '\\' LIMIT ?)`,
      )
      .all(`%${likeEscape(t)}%`, take) as LandlordHit[];
    for (const l of more) if (!seen.has(l.id) && landlords.length < take) landlords.push(l);
  }
  const properties = reg
    .statement(`SELECT ${PROPERTY_COLUMNS} FROM properties p WHERE p.detail >= ? AND p.detail < ? ORDER BY p.detail LIMIT ?`)
    .all(t, t + HIGH, take) as PropertyHit[];
  const rooms = LABEL_LIKE.test(t) ? roomsLabelled(reg, t, take) : [];
  return result('short', landlords, properties, rooms);
}

function roomsLabelled(reg: Register, label: string, take: number): RoomHit[] {
  return reg
    .statement(`SELECT ${ROOM_COLUMNS} FROM rooms r JOIN properties p ON p.id = r.property_id WHERE r.label IN (?, ?) LIMIT ?`)
    .all(label, label.toUpperCase(), take) as RoomHit[];
}
