import type { Page } from '@playwright/test';
import { residentId } from '../support/people';
import { api, expect, logIn, setUpDesk, test } from './fixtures';

/**
 * A keyboard that counts: every character typed and every key pressed is one
 * press (Chinese is counted by its characters; an input method's pinyin
 * keystrokes would add more, as the README says).
 */
function countingKeyboard(page: Page) {
  let presses = 0;
  return {
    async type(text: string) {
      presses += [...text].length;
      await page.keyboard.type(text);
    },
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i++) {
        presses++;
        await page.keyboard.press(key);
      }
    },
    get presses() {
      return presses;
    },
  };
}

const LANDLORD_ID = residentId('331004', '19700312', 17);

test('a practised clerk registers a landlord, one property and three rooms with the keyboard only', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  await page.goto(`${host.url}/#/walkin`);
  const step = page.getByTestId('walkin-step');
  await expect(step).toHaveAttribute('data-step', 'landlord');
  await expect(page.getByLabel('证件号码')).toBeFocused();

  const keys = countingKeyboard(page);
  const started = Date.now();

  // Landlord: the ID number first (Enter looks it up), then name and mobile.
  await keys.type(LANDLORD_ID);
  await keys.press('Enter');
  await expect(page.getByLabel('姓名')).toBeFocused();
  await keys.type('陈建国');
  await keys.press('Tab');
  await keys.type('13805761234');
  await keys.press('Enter');

  // Property: the desk's community is preset; road and number, the rest as preset.
  await expect(step).toHaveAttribute('data-step', 'property');
  await expect(page.getByLabel('路（街、巷）')).toBeFocused();
  await keys.type('浮排村东路');
  await keys.press('Tab');
  await keys.type('12');
  await keys.press('Enter');

  // Rooms: one per row; Tab along it, Enter for the next; Enter on the empty row finishes.
  await expect(step).toHaveAttribute('data-step', 'rooms');
  await expect(page.getByLabel('房间号')).toBeFocused();
  const rooms: [string, string | null, string, boolean, boolean, boolean, string | null][] = [
    ['101', null, '14', true, true, false, '800'],
    ['201', '2', '10', false, false, true, '500'],
    ['301', '3', '12.5', true, false, false, null],
  ];
  for (const [label, floor, area, kitchen, bathroom, bars, rent] of rooms) {
    await keys.type(label);
    await keys.press('Tab');
    if (floor) await keys.type(floor);
    await keys.press('Tab');
    await keys.type(area);
    await keys.press('Tab');
    if (kitchen) await keys.press('Space');
    await keys.press('Tab');
    if (bathroom) await keys.press('Space');
    await keys.press('Tab');
    if (bars) await keys.press('Space');
    await keys.press('Tab');
    if (rent) await keys.type(rent);
    await keys.press('Enter');
  }
  await expect(page.getByTestId('walkin-room-row')).toHaveCount(4);
  await expect(page.getByTestId('walkin-room-max').nth(0)).toHaveText('2 人');
  await keys.press('Enter');

  // The letter: signed today (the date is preset).
  await expect(step).toHaveAttribute('data-step', 'letter');
  await expect(page.getByLabel('房东已签订消防安全责任书')).toBeFocused();
  await keys.press('Space');
  await keys.press('Enter');

  // The first inspection's date is preset; the summary, then one Enter saves it all.
  await expect(step).toHaveAttribute('data-step', 'inspection');
  await expect(page.getByTestId('walkin-summary')).toContainText('101、201、301');
  await expect(page.getByRole('button', { name: '完成登记' })).toBeFocused();
  await keys.press('Enter');

  await expect(page.getByTestId('walkin-done')).toContainText('陈建国 · 台州市路桥区峰江街道浮排居委会浮排村东路12号 · 3 个房间');
  const seconds = (Date.now() - started) / 1000;
  console.log(`walk-in, keyboard only: ${keys.presses} key presses in ${seconds.toFixed(1)} s`);
  expect(keys.presses).toBeLessThanOrEqual(120);
  expect(seconds).toBeLessThan(180);

  // What the register holds: one landlord, the property with its rooms and derived maximums, the letter, the queue.
  const found = await api<{ landlords: { id: string }[]; properties: { id: string }[] }>(page, 'search.query', { q: LANDLORD_ID });
  expect(found.landlords).toHaveLength(1);
  const property = await api<{
    rooms: {
      label: string;
      floor: number;
      maxOccupants: number;
      hasKitchen: boolean;
      privateBathroom: boolean;
      windowBars: boolean;
      rentMonthly: number;
    }[];
    landlord: { letterSigned: boolean };
    scheduledInspections: { kind: string }[];
  }>(page, 'properties.get', { id: found.properties[0]!.id });
  expect(
    property.rooms.map((r) => [r.label, r.floor, r.maxOccupants, r.hasKitchen, r.privateBathroom, r.windowBars, r.rentMonthly]),
  ).toEqual([
    ['101', 1, 2, true, true, false, 800],
    ['201', 2, 1, false, false, true, 500],
    ['301', 3, 2, true, false, false, 500],
  ]);
  expect(property.landlord.letterSigned).toBe(true);
  expect(property.scheduledInspections).toEqual([expect.objectContaining({ kind: 'first' })]);
});

test('a reload keeps the draft; abandoning it leaves nothing in the register', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  await page.goto(`${host.url}/#/walkin`);
  await page.getByLabel('证件号码').fill(LANDLORD_ID);
  await page.keyboard.press('Enter');
  await page.getByLabel('姓名').fill('陈建国');
  await page.getByLabel('手机号码').fill('13805761234');
  await page.keyboard.press('Enter');
  await page.getByLabel('路（街、巷）').fill('浮排村东路');
  await page.getByLabel('门牌号').fill('12');

  await page.reload();
  await expect(page.getByText(/已恢复 .* 未完成的登记草稿/)).toBeVisible();
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'property');
  await expect(page.getByLabel('路（街、巷）')).toHaveValue('浮排村东路');
  await expect(page.getByLabel('门牌号')).toHaveValue('12');
  expect((await api<{ total: number }>(page, 'landlords.list')).total).toBe(0);

  await page.getByRole('button', { name: '放弃草稿，重新开始' }).click();
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'landlord');
  await expect(page.getByLabel('证件号码')).toHaveValue('');
  await page.reload();
  await expect(page.getByText(/未完成的登记草稿/)).toHaveCount(0);
  expect((await api<{ total: number }>(page, 'landlords.list')).total).toBe(0);
  expect((await api<{ total: number }>(page, 'properties.list')).total).toBe(0);
});

test('a registered ID offers the landlord; the same address warns and the clerk decides', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const first = await api<{ landlord: { id: string }; property: { address: string } }>(page, 'walkIns.register', {
    landlord: { name: '陈建国', idType: 'resident_id', idNumber: LANDLORD_ID, mobile: '13805761234' },
    property: {
      address: { regionCode: '331004006056', road: '浮排村东路', houseNumber: '12' },
      buildingType: 'self_built',
      floors: 3,
      mixedUse: false,
    },
    rooms: [{ label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: false, rentMonthly: 800 }],
    letter: { signed: true, signedOn: today },
    firstInspectionOn: today,
  });

  // The same ID at the counter: the registered landlord is offered, not registered twice.
  await page.goto(`${host.url}/#/walkin`);
  await page.getByLabel('证件号码').fill(LANDLORD_ID.toLowerCase());
  await page.keyboard.press('Enter');
  const offer = page.getByTestId('walkin-found-landlord');
  await expect(offer).toContainText('该证件号码已登记：陈建国（已登记房屋 1 处）');
  await expect(offer).toContainText('138****1234');
  await expect(page.getByRole('button', { name: '使用此房东' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Same door written differently: the warning names the registered property, and blocks until acknowledged.
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'property');
  await page.getByLabel('路（街、巷）').fill('浮排村东路');
  await page.getByLabel('门牌号').fill('１２号');
  await page.keyboard.press('Enter');
  const warning = page.getByTestId('walkin-address-warning');
  await expect(warning).toContainText(first.property.address);
  await expect(warning).toContainText('房东：陈建国');
  await expect(page.getByRole('alert').filter({ hasText: '请先核实地址重复的提示' })).toBeVisible();
  await expect(page.getByLabel('已核实，不是重复登记，继续登记')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'rooms');
  await page.keyboard.type('102');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  // Ctrl+Enter goes on only when the rooms are complete: the rent is missing, and said so beside the row.
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.room-errors')).toContainText('此项必填');
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'rooms');
  await page.getByTestId('walkin-room-row').getByLabel('月租（元）').fill('900');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'letter');
  // The letter as the landlord signs it: an A4 print view with the draft's facts.
  await page.getByRole('button', { name: '打印责任书' }).click();
  await expect(page.getByTestId('letter-sheet')).toContainText('居住出租房屋消防安全责任书');
  await expect(page.getByTestId('letter-sheet')).toContainText('陈建国');
  await expect(page.getByTestId('letter-sheet')).toContainText('331004********');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await expect(page.getByTestId('letter-sheet')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByTestId('walkin-step')).toHaveAttribute('data-step', 'letter');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: '完成登记' }).click();
  await expect(page.getByTestId('walkin-done')).toContainText('1 个房间');

  const landlords = await api<{ total: number }>(page, 'landlords.list');
  expect(landlords.total).toBe(1);
  const properties = await api<{ properties: { address: string; landlordId: string }[] }>(page, 'properties.list');
  expect(properties.properties.map((p) => p.landlordId)).toEqual([first.landlord.id, first.landlord.id]);
});

test('the landlord form answers a registered ID with an offer to open that landlord', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  await api(page, 'landlords.create', { name: '陈建国', idType: 'resident_id', idNumber: LANDLORD_ID, mobile: '13805761234' });
  await page.getByRole('menuitem', { name: '房东登记' }).click();
  await page.getByLabel('姓名').fill('陈建华');
  await page.getByLabel('证件号码').fill(LANDLORD_ID);
  await page.getByLabel('手机号码').fill('13905760000');
  await page.getByLabel('手机号码').press('Enter');
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('该证件号码已登记过房东：陈建国');
  await page.getByTestId('open-existing-landlord').click();
  await expect(page.getByTestId('landlord-detail')).toContainText('陈建国');
  expect((await api<{ total: number }>(page, 'landlords.list')).total).toBe(1);
});
