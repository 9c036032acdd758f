import { describe, expect, it } from 'vitest';
import { cellChoice, cellDate, cellNumber, cellText, cellYesNo } from './cells';
import { BUILDING_TYPE_LABELS, labelLookup } from './labels';

describe('cells of the register sheet', () => {
  it.each([
    ['  12号 ', '12号'],
    ['１２号', '12号'],
    [331004197003125, '331004197003125'],
    [13805761234, '13805761234'],
    [14.5, '14.5'],
    [true, '是'],
    [new Date(Date.UTC(2026, 0, 5)), '2026-01-05'],
    [null, ''],
  ])('reads %j as text %j', (v, text) => {
    expect(cellText(v)).toBe(text);
  });

  it.each([
    [14, 14],
    ['14.5', 14.5],
    ['１４', 14],
    ['1,200', 1200],
    ['14平方米', 14],
    ['14㎡', 14],
    ['800元', 800],
    ['3层', 3],
    ['', undefined],
    [null, undefined],
  ])('reads %j as the number %j', (v, n) => {
    expect(cellNumber(v)).toEqual({ ok: true, value: n });
  });

  it.each(['十四', '14 m', 'abc', '1.2.3'])('refuses %j as a number', (v) => {
    expect(cellNumber(v)).toEqual({ ok: false, key: 'import.notNumber' });
  });

  it.each([
    ['是', true],
    ['有', true],
    ['√', true],
    ['Y', true],
    ['yes', true],
    [1, true],
    [true, true],
    ['否', false],
    ['无', false],
    ['N', false],
    [0, false],
    ['', false],
    [null, false],
  ])('reads %j as yes/no %j', (v, b) => {
    expect(cellYesNo(v)).toEqual({ ok: true, value: b });
  });

  it('refuses a yes/no it cannot read', () => {
    expect(cellYesNo('也许')).toEqual({ ok: false, key: 'import.yesNo' });
  });

  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-1-5', '2026-01-05'],
    ['2026/01/05', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    [46027, '2026-01-05'], // Excel's day number, as a date cell arrives without its style
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
    ['', undefined],
  ])('reads %j as the date %j', (v, d) => {
    expect(cellDate(v)).toEqual({ ok: true, value: d });
  });

  it.each(['2026-02-30', '2025-13-01', '05/01/2026', '明天', 0, 3_000_000])('refuses %j as a date', (v) => {
    expect(cellDate(v)).toEqual({ ok: false, key: 'field.invalidDate' });
  });

  it('reads a list choice by its label or its value, and names the choices when it cannot', () => {
    const lookup = labelLookup(BUILDING_TYPE_LABELS);
    const labels = Object.values(BUILDING_TYPE_LABELS);
    expect(cellChoice('自建房', lookup, labels)).toEqual({ ok: true, value: 'self_built' });
    expect(cellChoice('apartment', lookup, labels)).toEqual({ ok: true, value: 'apartment' });
    expect(cellChoice(null, lookup, labels, 'other')).toEqual({ ok: true, value: 'other' });
    expect(cellChoice('别墅', lookup, labels)).toEqual({
      ok: false,
      key: 'import.notInList',
      params: { options: '自建房、住宅小区、城中村、集体宿舍、其他' },
    });
  });
});
