import { describe, expect, it } from 'vitest';
import { joinTables } from '../i18n/translate';
import { contract, PROCEDURE_NAMES } from './contract';
import { joinGroups } from './join';

describe('joining groups', () => {
  it('refuses a procedure two groups define, where a spread would let the later win', () => {
    expect(() => joinGroups('procedure', { 'a.x': 1 }, { 'a.y': 2 }, { 'a.x': 3 })).toThrow('procedure defined twice: a.x');
    expect(joinGroups('handler', { 'a.x': 1 }, { 'a.y': 2 })).toEqual({ 'a.x': 1, 'a.y': 2 });
  });
  it('refuses a message key two tables define', () => {
    expect(() => joinTables({ k: { zh: '一', en: 'one' } }, { k: { zh: '壹', en: 'one' } })).toThrow('message key defined twice: k');
  });
  it('the contract holds every procedure of every group', () => {
    expect(PROCEDURE_NAMES.length).toBe(Object.keys(contract).length);
    expect(PROCEDURE_NAMES).toContain('rooms.page');
  });
});
