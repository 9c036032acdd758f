import type { Page } from '@playwright/test';
import { residentId } from '../support/people';
import { ADMIN, api, expect, logIn, setUpDesk, test, openRooms } from './fixtures';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

interface Registered {
  landlord: { id: string; idNumber: string };
  property: { id: string; address: string; rooms: { id: string; label: string; version: number }[] };
}

/** A landlord with one property of three rooms, registered through the walk-in procedure. */
function registerProperty(page: Page, seq = 17, houseNumber = '12') {
  return api<Registered>(page, 'walkIns.register', {
    landlord: { name: '陈建国', idType: 'resident_id', idNumber: residentId('331004', '19700312', seq), mobile: '13805761234' },
    property: {
      address: { regionCode: '331004006056', road: '浮排村东路', houseNumber },
      buildingType: 'self_built',
      floors: 3,
      mixedUse: false,
    },
    rooms: [
      { label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: true, rentMonthly: 800 },
      { label: '201', floor: 2, areaM2: 10, hasKitchen: false, privateBathroom: false, rentMonthly: 500 },
      { label: '301', floor: 3, areaM2: 12, hasKitchen: false, privateBathroom: false, rentMonthly: 500 },
    ],
    letter: { signed: true, signedOn: today() },
    firstInspectionOn: today(),
  });
}

/** The inspector passes every item of the checklist: the property becomes compliant and its rooms are offered. */
async function passInspection(page: Page, propertyId: string) {
  const checklist = await api<{ items: { code: string }[] }>(page, 'inspections.checklist', { propertyId });
  await api(page, 'inspections.record', {
    propertyId,
    inspectedOn: today(),
    kind: 'first',
    findings: checklist.items.map((i) => ({ itemCode: i.code, outcome: 'pass' })),
  });
}

async function openFromSearch(page: Page, q: string, hit: RegExp | string) {
  await page.getByLabel('搜索登记簿').fill(q);
  await page.getByLabel('搜索登记簿').press('Enter');
  await page.getByTestId('search-properties').getByText(hit).click();
}

test('closing a property takes its rooms off the board at once; only a supervisor reopens it', async ({ page, host }) => {
  test.setTimeout(120_000);
  await setUpDesk(page, host);
  await logIn(page);
  const { property } = await registerProperty(page);
  await passInspection(page, property.id);
  await api(page, 'clerks.create', { username: 'clerk1', displayName: '李窗口', role: 'clerk', password: 'clerk password 1' });

  await openRooms(page, 'list');
  await page.getByLabel('只看可出租').click();
  await expect(page.getByTestId('room-row')).toHaveCount(3);

  await openFromSearch(page, '浮排村东路', property.address);
  const drawer = page.getByRole('dialog', { name: property.address });
  await expect(drawer.getByTestId('property-detail')).toContainText('陈建国');
  await drawer.getByRole('button', { name: '查封关停' }).click();
  const close = page.locator('.ant-modal').filter({ has: page.getByTestId('close-form') });
  // Both reason and authority are required: refused, field by field, nothing changed.
  await close.getByRole('button', { name: '确认查封' }).click();
  await expect(close.locator('.ant-form-item-explain-error')).toHaveCount(2);
  await close.getByLabel('查封原因').fill('违规使用彩钢夹芯板隔断，存在重大火灾隐患');
  await close.getByLabel('决定机关').fill('路桥区消防救援大队');
  await close.getByRole('button', { name: '确认查封' }).click();
  await expect(drawer.getByTestId('property-closed')).toContainText('违规使用彩钢夹芯板隔断');
  await expect(drawer.getByTestId('property-closed')).toContainText('该房屋没有在住或已预订的租客');
  await expect(drawer.getByTestId('property-detail')).toContainText('查封关停');

  // The rack's "offerable" view no longer offers them.
  await drawer.getByRole('button', { name: '关闭' }).click();
  await openRooms(page, 'list');
  await page.getByLabel('只看可出租').click();
  await expect(page.getByText('没有符合条件的房间')).toBeVisible();
  const offered = await api<{ offerable: number }>(page, 'rooms.summary', { filters: { offerable: true } });
  expect(offered.offerable).toBe(0);

  // A clerk may not reopen it: no button, and the register refuses.
  await page.getByRole('button', { name: '退出登录' }).click();
  await logIn(page, { username: 'clerk1', displayName: '李窗口', password: 'clerk password 1' });
  await openFromSearch(page, '浮排村东路', property.address);
  await expect(page.getByTestId('property-closed')).toBeVisible();
  await expect(page.getByRole('button', { name: '解除查封' })).toHaveCount(0);
  const refused = await page.request.post('/api/properties.reopen', {
    headers: { 'x-desk-request': '1' },
    data: { id: property.id, baseVersion: 1 },
  });
  expect(refused.status()).toBe(403);
  await page.getByRole('dialog', { name: property.address }).getByRole('button', { name: '关闭' }).click();

  // The supervisor (here the admin) reopens it; the history shows both, before and after.
  await page.getByRole('button', { name: '退出登录' }).click();
  await logIn(page, ADMIN);
  await openFromSearch(page, '浮排村东路', property.address);
  await page.getByRole('button', { name: '解除查封' }).click();
  const reopen = page.locator('.ant-modal').filter({ hasText: '解除查封' });
  await reopen.getByLabel('说明（如复查合格的情况）').fill('已拆除彩钢板，复查合格');
  await reopen.getByRole('button', { name: '确认解除' }).click();
  await expect(page.getByTestId('property-closed')).toHaveCount(0);
  await expect(page.getByTestId('property-detail')).toContainText('正常');
  await page.getByRole('button', { name: '操作记录' }).click();
  const history = page.getByTestId('history');
  await expect(history.getByTestId('history-entry').filter({ hasText: '解除查封' }).first()).toBeVisible();
  const closing = history.getByTestId('history-entry').filter({ hasText: '路桥区消防救援大队' }).filter({ hasNotText: '解除查封' });
  await expect(closing).toContainText('查封关停');
  await expect(closing).toContainText('违规使用彩钢夹芯板隔断');
  // The derived fire status went to 查封关停 with the closure, and back with the reopening.
  await expect(history.getByTestId('history-entry').filter({ hasText: '消防状态合格查封关停' })).toHaveCount(1);
  await expect(history.getByTestId('history-entry').filter({ hasText: '消防状态查封关停合格' })).toHaveCount(1);
});

test('editing a room recomputes its maximum, keeps before/after, and refuses a stale edit', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  const { property } = await registerProperty(page);
  await page.goto(`${host.url}/#/properties?id=${property.id}`);
  const rooms = page.getByTestId('property-rooms');
  const row201 = rooms.locator('tr').filter({ hasText: '201' });
  await expect(row201).toContainText('1 人');

  await row201.getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('room-form');
  await form.getByLabel('面积 m²').fill('15');
  await expect(form).toContainText('2 人');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(row201).toContainText('2 人');
  await expect(row201).toContainText('15');

  // Someone else saves room 301 meanwhile: this clerk's older form is refused, and re-read.
  const room301 = property.rooms.find((r) => r.label === '301')!;
  await rooms.locator('tr').filter({ hasText: '301' }).getByRole('button', { name: '编辑' }).click();
  await api(page, 'rooms.update', {
    id: room301.id,
    baseVersion: room301.version,
    label: '301',
    floor: 3,
    areaM2: 12,
    hasKitchen: true,
    privateBathroom: false,
    windowBars: false,
    rentMonthly: 550,
  });
  await form.getByLabel('月租（元）').fill('600');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText('该记录已被他人修改')).toBeVisible();
  await expect(rooms.locator('tr').filter({ hasText: '301' })).toContainText('550');

  // A bad area is refused beside its field; nothing changes.
  await page.getByRole('button', { name: '取消' }).click();
  await row201.getByRole('button', { name: '编辑' }).click();
  await form.getByLabel('面积 m²').fill('0.5');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(form.locator('.ant-form-item-explain-error')).toContainText('使用面积应在 1 到 500 平方米之间');
  await page.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '操作记录' }).click();
  const entry = page.getByTestId('history-entry').filter({ hasText: '修改房间' }).filter({ hasText: '201' });
  await expect(entry).toContainText('面积');
  await expect(entry.locator('.history-before')).toContainText(['10']);
  await expect(entry).toContainText('15');
});

test('a landlord edit masks the numbers in the history for a clerk; the search box finds by ID and by name', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  const { landlord } = await registerProperty(page);
  await page.getByLabel('搜索登记簿').fill(landlord.idNumber);
  await page.getByLabel('搜索登记簿').press('Enter');
  await expect(page.getByText('按完整证件号码或手机号码查找')).toBeVisible();
  await page.getByTestId('search-landlords').getByText('陈建国').click();
  await page.getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('landlord-edit');
  await form.getByLabel('新手机号码（不改请留空）').fill('13905762222');
  await form.getByLabel('地址').fill('路桥区浮排村 8 号');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('landlord-detail')).toContainText('139****2222');
  await page.getByRole('button', { name: '操作记录' }).click();
  const entry = page.getByTestId('history-entry').filter({ hasText: '修改房东' });
  await expect(entry).toContainText('13905762222');

  // A clerk sees the same history masked.
  await api(page, 'clerks.create', { username: 'clerk1', displayName: '李窗口', role: 'clerk', password: 'clerk password 1' });
  await page.goto(`${host.url}/#/rooms`);
  await page.getByRole('button', { name: '退出登录' }).click();
  await logIn(page, { username: 'clerk1', displayName: '李窗口', password: 'clerk password 1' });
  await page.getByLabel('搜索登记簿').fill('陈建国');
  await page.getByLabel('搜索登记簿').press('Enter');
  await expect(page.getByText('按名称、地址中的文字查找')).toBeVisible();
  await page.getByTestId('search-landlords').getByText('陈建国').click();
  await expect(page.getByRole('button', { name: '显示完整号码' })).toHaveCount(0);
  await page.getByRole('button', { name: '操作记录' }).click();
  const masked = page.getByTestId('history-entry').filter({ hasText: '修改房东' });
  await expect(masked).toContainText('139****2222');
  await expect(masked).not.toContainText('13905762222');
});
