import type ExcelJS from 'exceljs';
import { restOfDetail } from '../../core/address';
import {
  BUILDING_TYPE_LABELS,
  EBIKE_LABELS,
  FIRE_STATUS_LABELS,
  ID_TYPE_LABELS,
  KIND_LABELS,
  NO,
  PROPERTY_STATUS_LABELS,
  ROOM_STATUS_LABELS,
  YES,
} from '../../core/import/labels';
import { regionNames } from '../../core/import/region-names';
import { maskIdNumber, maskMobile } from '../../core/mask';
import { chinaDate } from '../../core/dates';
import { landlordSheetRows, propertySheetRows, registerSheetRows } from '../../db/export';
import type { Register } from '../../db/write';
import { addRegisterSheet, putRow, writeWorkbook } from './write-sheet';

const yn = (v: number | boolean) => (v ? YES : NO);
const label = (labels: Record<string, string>, v: string) => labels[v] ?? v;
const yieldNow = () => new Promise<void>((r) => setImmediate(r));
/** Rows written between two yields, so other clerks' calls get through during a large export. */
const SLICE = 2000;

export const EXPORT_EXTRA = [
  { header: '最多可住人数', width: 10 },
  { header: '房间状态', width: 10 },
  { header: '房屋状态', width: 10 },
  { header: '消防状态', width: 10 },
];

/**
 * The register as a workbook: 登记表 (one row per room, in the import
 * template's columns, so a full export imports back without duplicates),
 * then 房东 and 房屋 for reading. ID numbers and mobiles are masked unless `full`.
 */
export async function exportRegister(
  reg: Register,
  full: boolean,
): Promise<{ buffer: Buffer; counts: { landlords: number; properties: number; rooms: number } }> {
  const id = full ? (v: string) => v : maskIdNumber;
  const mobile = full ? (v: string) => v : maskMobile;
  const regions = new Map<string, ReturnType<typeof regionNames>>();
  const namesOf = (code: string) => {
    let n = regions.get(code);
    if (!n) regions.set(code, (n = regionNames(code)));
    return n;
  };
  const rooms = registerSheetRows(reg);
  const landlords = landlordSheetRows(reg);
  const properties = propertySheetRows(reg);

  const buffer = await writeWorkbook(async (wb) => {
    const sheet = addRegisterSheet(wb, '登记表', { extra: EXPORT_EXTRA, validationRows: Math.max(rooms.length, 1) });
    for (let i = 0; i < rooms.length; i++) {
      const r = rooms[i]!;
      const region = namesOf(r.regionCode);
      putRow(sheet, [
        label(KIND_LABELS, r.kind),
        r.name,
        label(ID_TYPE_LABELS, r.idType),
        id(r.idNumber),
        mobile(r.mobile),
        r.contactName,
        r.landlordAddress,
        yn(r.letterSigned),
        r.letterSignedOn,
        region.district,
        region.street,
        region.community,
        r.grid,
        r.road,
        r.houseNumber,
        restOfDetail(r.road, r.houseNumber, r.detail),
        label(BUILDING_TYPE_LABELS, r.buildingType),
        r.floors,
        yn(r.mixedUse),
        label(EBIKE_LABELS, r.ebikeArrangement),
        yn(r.usesSandwichPanels),
        r.label,
        r.floor,
        r.areaM2,
        yn(r.hasKitchen),
        yn(r.privateBathroom),
        yn(r.windowBars),
        r.rentMonthly,
        r.maxOccupants,
        label(ROOM_STATUS_LABELS, r.roomStatus),
        label(PROPERTY_STATUS_LABELS, r.propertyStatus),
        label(FIRE_STATUS_LABELS, r.fireStatus),
      ]);
      if (i % SLICE === SLICE - 1) await yieldNow();
    }
    sheet.commit();

    const ls = listSheet(wb, '房东', [
      ['房东类型', 10],
      ['姓名或单位名称', 18],
      ['证件类型', 22],
      ['证件号码', 22],
      ['手机号码', 15],
      ['联系人', 10],
      ['联系地址', 24],
      ['已签消防安全责任书', 12],
      ['责任书签订日期', 14],
      ['房屋数', 8],
      ['登记日期', 12],
    ]);
    for (const l of landlords) {
      putRow(ls, [
        label(KIND_LABELS, l.kind),
        l.name,
        label(ID_TYPE_LABELS, l.idType),
        id(l.idNumber),
        mobile(l.mobile),
        l.contactName,
        l.address,
        yn(l.letterSigned),
        l.letterSignedOn,
        l.propertyCount,
        chinaDate(l.createdAt),
      ]);
    }
    ls.commit();

    const ps = listSheet(wb, '房屋', [
      ['地址', 40],
      ['房东', 14],
      ['建筑类型', 10],
      ['总层数', 8],
      ['三合一', 8],
      ['房间数', 8],
      ['房屋状态', 10],
      ['查封原因', 20],
      ['查封机关', 16],
      ['查封日期', 12],
      ['消防状态', 10],
    ]);
    for (const p of properties) {
      putRow(ps, [
        p.address,
        p.landlordName,
        label(BUILDING_TYPE_LABELS, p.buildingType),
        p.floors,
        yn(p.mixedUse),
        p.roomCount,
        label(PROPERTY_STATUS_LABELS, p.status),
        p.closedReason,
        p.closedAuthority,
        p.closedOn,
        label(FIRE_STATUS_LABELS, p.fireStatus),
      ]);
    }
    ps.commit();
  });
  return { buffer, counts: { landlords: landlords.length, properties: properties.length, rooms: rooms.length } };
}

function listSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: [string, number][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([, width], i) => ({ key: `c${i}`, width }));
  putRow(
    ws,
    columns.map(([h]) => h),
    (row) => {
      row.font = { bold: true };
    },
  );
  return ws;
}
