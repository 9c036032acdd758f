import { describe, expect, it } from 'vitest';
import { catalog } from '../core/i18n/catalog';
import { LABELS, labelKey } from '../core/i18n/labels';
import { FIRE_STATUS_LABELS, ROOM_STATUS_LABELS } from '../core/import/labels';
import { ROLES } from '../core/roles';
import { FIRE_STATUSES, ROOM_STATUSES } from '../core/schemas/statuses';
import { uiTexts } from '../renderer/i18n';

/**
 * Each label is defined once. Walk every fire status, room status and role
 * through every place that shows one — the UI's catalogue (screens, the
 * receipt and the certificate read it through i18next), the Excel sheet's
 * words, core's refusals — and find one text each.
 */
/** Other things that happen to share a word with a status: a certificate's verdict is not a property's fire status. */
const NAMESAKES = new Set(['certificates.verify.verdicts.expired']);

const sets = [
  ['fireStatus', FIRE_STATUSES],
  ['roomStatus', ROOM_STATUSES],
  ['role', ROLES],
] as const;

describe('one label table', () => {
  for (const [set, values] of sets) {
    it.each([...values])(`${set} %s reads the same everywhere`, (value) => {
      const label = (LABELS[set] as Record<string, { zh: string; en: string }>)[value]!;
      const key = labelKey(set, value as never);
      expect(uiTexts[key]).toEqual(label);
      expect(catalog[key]).toEqual(label);
      if (set === 'fireStatus') expect(FIRE_STATUS_LABELS[value]).toBe(label.zh);
      if (set === 'roomStatus') expect(ROOM_STATUS_LABELS[value]).toBe(label.zh);
      // No second entry for the same value anywhere (a page's own `…fire.overdue`, a refusal's `…fireStatus.overdue`).
      // (Other enumerations may share a word: a property's status 查封关停 is not its fire status, nor a certificate's 已过期.)
      const twins = Object.entries(uiTexts).filter(
        ([k, t]) => k !== key && k.endsWith(`.${value}`) && t.zh === label.zh && !(k.split('.')[0]! in LABELS) && !NAMESAKES.has(k),
      );
      expect(twins.map(([k]) => k)).toEqual([]);
    });
  }

  it('finds a twin when one exists', () => {
    const table = { ...uiTexts, 'tenancy.fire.overdue': { zh: '逾期未改', en: 'overdue' } };
    const twins = Object.entries(table).filter(([k, t]) => k !== 'fireStatus.overdue' && k.endsWith('.overdue') && t.zh === '逾期未改');
    expect(twins.map(([k]) => k)).toEqual(['tenancy.fire.overdue']);
  });
});
