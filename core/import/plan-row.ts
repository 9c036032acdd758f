import { z } from 'zod';
import type { MessageParam } from '../i18n/types';
import { addressKey, composeDetail } from '../address';
import { issuesFromZod } from '../api/issues';
import { landlordCreateInput, letterInput, type LandlordCreateInput, type LetterInput } from '../schemas/landlord';
import { idProblemToday } from '../schemas/person-id';
import { propertyFields, roomInput, type AddressInput, type RoomInput } from '../schemas/property';
import type { IdType } from '../schemas/person-id';
import { cellChoice, cellDate, cellNumber, cellText, cellYesNo, type CellValue, type Coerced } from './cells';
import type { ColumnKey } from './columns';
import { BUILDING_TYPE_LABELS, EBIKE_LABELS, ID_TYPE_LABELS, KIND_LABELS, labelLookup } from './labels';
import { resolveRegionNames } from './region-names';

export type RowCells = Partial<Record<ColumnKey, CellValue>>;

export interface RowProblem {
  column: ColumnKey;
  key: string;
  params?: Record<string, MessageParam>;
  severity: 'error' | 'warning';
}

const propertySchema = z.strictObject(propertyFields);
export type PropertyPlan = z.output<typeof propertySchema>;

/** One row of the sheet, checked with the same schemas as the forms. */
export interface PlannedRow {
  row: number;
  problems: RowProblem[];
  landlord: LandlordCreateInput | null;
  letter: LetterInput | null;
  property: PropertyPlan | null;
  room: RoomInput | null;
  /** Keys for duplicates: landlord by ID, property by normalised address, room by address and label. */
  landlordKey: string | null;
  addressKey: string | null;
  roomKey: string | null;
}

const LANDLORD_COLUMNS: Record<string, ColumnKey> = {
  kind: 'landlordKind',
  name: 'landlordName',
  idType: 'idType',
  idNumber: 'idNumber',
  mobile: 'mobile',
  contactName: 'contactName',
  address: 'landlordAddress',
};
const LETTER_COLUMNS: Record<string, ColumnKey> = { signed: 'letterSigned', signedOn: 'letterSignedOn' };
const PROPERTY_COLUMNS: Record<string, ColumnKey> = {
  'address.regionCode': 'street',
  'address.grid': 'grid',
  'address.road': 'road',
  'address.houseNumber': 'houseNumber',
  'address.detail': 'detail',
  buildingType: 'buildingType',
  floors: 'floors',
  mixedUse: 'mixedUse',
  ebikeArrangement: 'ebike',
  usesSandwichPanels: 'sandwichPanels',
};
const ROOM_COLUMNS: Record<string, ColumnKey> = {
  label: 'roomLabel',
  floor: 'roomFloor',
  areaM2: 'area',
  hasKitchen: 'kitchen',
  privateBathroom: 'bathroom',
  windowBars: 'windowBars',
  rentMonthly: 'rent',
};

const kinds = labelLookup(KIND_LABELS);
const idTypes = labelLookup(ID_TYPE_LABELS);
const buildingTypes = labelLookup(BUILDING_TYPE_LABELS);
const ebikes = labelLookup(EBIKE_LABELS);

/** Beyond 2^53 Excel has already rounded the number: its last digits are gone. */
const LARGEST_EXACT = 2 ** 53;

export interface PlanContext {
  /** The desk's 4-digit city code: region names are looked up under it. */
  city: string;
  today: string;
  /**
   * Landlord and property cells repeat on every room's row: the same cells
   * give the same answer, so each is checked once per file.
   */
  memo?: { landlords: Map<string, LandlordPart>; properties: Map<string, PropertyPart> };
}

export const newPlanMemo = () => ({ landlords: new Map<string, LandlordPart>(), properties: new Map<string, PropertyPart>() });

interface LandlordPart {
  landlord: LandlordCreateInput | null;
  letter: LetterInput | null;
  problems: RowProblem[];
}
interface PropertyPart {
  property: PropertyPlan | null;
  problems: RowProblem[];
}

const LANDLORD_CELLS: ColumnKey[] = [
  'landlordKind',
  'landlordName',
  'idType',
  'idNumber',
  'mobile',
  'contactName',
  'landlordAddress',
  'letterSigned',
  'letterSignedOn',
];
const PROPERTY_CELLS: ColumnKey[] = [
  'district',
  'street',
  'community',
  'grid',
  'road',
  'houseNumber',
  'detail',
  'buildingType',
  'floors',
  'mixedUse',
  'ebike',
  'sandwichPanels',
];

const memoKey = (cells: RowCells, keys: ColumnKey[]) =>
  JSON.stringify(
    keys.map((k) => {
      const v = cells[k] ?? null;
      return v instanceof Date ? ['d', v.getTime()] : v;
    }),
  );

function memoised<T>(map: Map<string, T> | undefined, key: () => string, make: () => T): T {
  if (!map) return make();
  const k = key();
  let v = map.get(k);
  if (v === undefined) map.set(k, (v = make()));
  return v;
}

/** Collects one section's problems; a field the coercion refused is not reported again by zod. */
class Problems {
  readonly list: RowProblem[] = [];
  readonly failed = new Set<ColumnKey>();
  fail(column: ColumnKey, key: string, params?: Record<string, MessageParam>) {
    this.failed.add(column);
    this.list.push({ column, key, ...(params ? { params } : {}), severity: 'error' });
  }
  take<T>(column: ColumnKey, r: Coerced<T>): T | undefined {
    if (r.ok) return r.value;
    this.fail(column, r.key, r.params);
    return undefined;
  }
  zod(error: z.ZodError, columns: Record<string, ColumnKey>) {
    for (const i of issuesFromZod(error)) {
      const column = columns[i.path] ?? columns[i.path.split('.')[0]!];
      if (!column || this.failed.has(column)) continue;
      this.fail(column, i.key, i.params);
    }
  }
}

function planLandlord(cells: RowCells, ctx: PlanContext): LandlordPart {
  const p = new Problems();
  const text = (column: ColumnKey) => cellText(cells[column] ?? null);
  const idCell = cells.idNumber ?? null;
  if (typeof idCell === 'number' && (idCell >= LARGEST_EXACT || idCell >= 1e15)) p.fail('idNumber', 'import.idAsNumber');
  if (text('idNumber').includes('*')) p.fail('idNumber', 'import.maskedId');
  if (text('mobile').includes('*')) p.fail('mobile', 'import.maskedMobile');
  const kind = p.take('landlordKind', cellChoice(cells.landlordKind ?? null, kinds, Object.values(KIND_LABELS), 'person'));
  const idType = p.take(
    'idType',
    cellChoice(cells.idType ?? null, idTypes, Object.values(ID_TYPE_LABELS), kind === 'organisation' ? 'credit_code' : 'resident_id'),
  );
  let landlord: LandlordCreateInput | null = null;
  const l = landlordCreateInput.safeParse(
    {
      kind,
      name: text('landlordName'),
      idType,
      idNumber: p.failed.has('idNumber') ? undefined : text('idNumber'),
      mobile: p.failed.has('mobile') ? undefined : text('mobile'),
      contactName: text('contactName'),
      address: text('landlordAddress'),
    },
    { reportInput: true },
  );
  if (l.success) {
    landlord = l.data;
    const dated = idType && idType !== 'credit_code' ? idProblemToday(idType as IdType, l.data.idNumber, ctx.today) : null;
    if (dated) {
      p.fail('idNumber', dated);
      landlord = null;
    }
    for (const w of l.data.warnings) p.list.push({ column: 'idNumber', key: w, severity: 'warning' });
  } else p.zod(l.error, LANDLORD_COLUMNS);
  if (kind === undefined || idType === undefined || p.failed.has('idNumber') || p.failed.has('mobile')) landlord = null;

  // The responsibility letter is the landlord's.
  let letter: LetterInput | null = null;
  const signed = p.take('letterSigned', cellYesNo(cells.letterSigned ?? null));
  const signedOn = p.take('letterSignedOn', cellDate(cells.letterSignedOn ?? null));
  if (signed !== undefined && !p.failed.has('letterSignedOn')) {
    const r = letterInput.safeParse({ signed, signedOn }, { reportInput: true });
    if (r.success) {
      letter = r.data;
      if (letter.signedOn && letter.signedOn > ctx.today) {
        p.fail('letterSignedOn', 'letter.dateInFuture');
        letter = null;
      }
    } else p.zod(r.error, LETTER_COLUMNS);
  }
  return { landlord, letter, problems: p.list };
}

function planProperty(cells: RowCells, ctx: PlanContext): PropertyPart {
  const p = new Problems();
  const text = (column: ColumnKey) => cellText(cells[column] ?? null);
  const region = resolveRegionNames(ctx.city, text('district'), text('street'), text('community'));
  if (!region.ok) {
    p.fail(region.level, region.key, region.params);
    p.failed.add('street'); // the schema's own complaint about the missing code would say the same again
  }
  const r = propertySchema.safeParse(
    {
      address: {
        regionCode: region.ok ? region.code : '',
        grid: text('grid'),
        road: text('road'),
        houseNumber: text('houseNumber'),
        detail: text('detail'),
      },
      buildingType: p.take('buildingType', cellChoice(cells.buildingType ?? null, buildingTypes, Object.values(BUILDING_TYPE_LABELS))),
      floors: p.take('floors', cellNumber(cells.floors ?? null)),
      mixedUse: p.take('mixedUse', cellYesNo(cells.mixedUse ?? null)),
      ebikeArrangement: p.take('ebike', cellChoice(cells.ebike ?? null, ebikes, Object.values(EBIKE_LABELS), 'none')),
      usesSandwichPanels: p.take('sandwichPanels', cellYesNo(cells.sandwichPanels ?? null)),
    },
    { reportInput: true },
  );
  if (!r.success) p.zod(r.error, PROPERTY_COLUMNS);
  return { property: r.success && region.ok ? r.data : null, problems: p.list };
}

function planRoom(cells: RowCells, property: PropertyPlan | null): { room: RoomInput | null; problems: RowProblem[] } {
  const p = new Problems();
  const r = roomInput.safeParse(
    {
      label: cellText(cells.roomLabel ?? null),
      floor: p.take('roomFloor', cellNumber(cells.roomFloor ?? null)),
      areaM2: p.take('area', cellNumber(cells.area ?? null)),
      hasKitchen: p.take('kitchen', cellYesNo(cells.kitchen ?? null)),
      privateBathroom: p.take('bathroom', cellYesNo(cells.bathroom ?? null)),
      windowBars: p.take('windowBars', cellYesNo(cells.windowBars ?? null)),
      rentMonthly: p.take('rent', cellNumber(cells.rent ?? null)),
    },
    { reportInput: true },
  );
  if (!r.success) {
    p.zod(r.error, ROOM_COLUMNS);
    return { room: null, problems: p.list };
  }
  if (property && r.data.floor > property.floors) {
    p.fail('roomFloor', 'property.floorAboveBuilding', { floor: r.data.floor, floors: property.floors });
    return { room: null, problems: p.list };
  }
  return { room: r.data, problems: p.list };
}

export function planRow(row: number, cells: RowCells, ctx: PlanContext): PlannedRow {
  const l = memoised(
    ctx.memo?.landlords,
    () => memoKey(cells, LANDLORD_CELLS),
    () => planLandlord(cells, ctx),
  );
  const p = memoised(
    ctx.memo?.properties,
    () => memoKey(cells, PROPERTY_CELLS),
    () => planProperty(cells, ctx),
  );
  const r = planRoom(cells, p.property);
  const problems = [...l.problems, ...p.problems, ...r.problems];
  if (problems.some((x) => x.severity === 'error')) {
    return { row, problems, landlord: null, letter: null, property: null, room: null, landlordKey: null, addressKey: null, roomKey: null };
  }
  const key = addressKeyOf(p.property!.address);
  return {
    row,
    problems,
    landlord: l.landlord,
    letter: l.letter,
    property: p.property,
    room: r.room,
    landlordKey: landlordKeyOf(l.landlord!.idType, l.landlord!.idNumber),
    addressKey: key,
    roomKey: `${key}#${r.room!.label.toUpperCase()}`,
  };
}

export function addressKeyOf(a: AddressInput): string {
  return addressKey(a.regionCode, composeDetail(a.road, a.houseNumber, a.detail));
}

export const landlordKeyOf = (idType: string, idNumber: string) => `${idType}|${idNumber}`;
