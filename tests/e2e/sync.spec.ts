import { startCity, type City } from '../support/city';
import { residentId } from '../support/people';
import { api, expect, logIn, setUpDesk, test } from './fixtures';

/**
 * The desk and the city platform, both real: the platform is its own process
 * on PGlite (tests/support/city.ts), the desk the browser host. The admin
 * enrols the desk from the sync page with the one-time code the city's
 * command line issues for the desk's own region.
 */
let city: City;

test.beforeAll(async () => {
  // The platform's first start migrates a fresh PGlite database.
  test.setTimeout(120_000);
  city = await startCity();
});
test.afterAll(async () => {
  await city?.close();
});

/** The loop and the platform answer on their own time on a shared machine: wait for what they bring about, never sleep. */
const SLOW = { timeout: 30_000 };

test('an admin enrols the desk from the sync page and syncs it', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);
  const me = await api<{ desk: { regionCode: string } }>(page, 'session.me');

  // Never enrolled: the header says so, and its click opens the sync page.
  const badge = page.getByTestId('sync-badge');
  await expect(badge).toHaveText(/未接入市平台/, SLOW);
  await badge.click();
  await expect(page.getByTestId('sync-state')).toContainText('未接入市平台');
  await expect(page.getByTestId('sync-now')).toBeDisabled();

  await page.getByRole('tab', { name: '接入平台' }).click();
  const url = page.getByLabel('市平台地址');
  const code = page.getByLabel('接入码');
  const urlItem = page.locator('.ant-form-item').filter({ has: url });
  const codeItem = page.locator('.ant-form-item').filter({ has: code });

  // An http address that is not this computer: refused beside the field by the contract's schema; nothing changes.
  await url.fill('http://fgpt.taizhou.gov.cn');
  await code.fill('K7Q2-9XPM-4DHR');
  await code.press('Enter');
  await expect(urlItem.locator('.ant-form-item-explain-error')).toContainText('市平台地址须以 https:// 开头');
  expect((await api<{ state: string }>(page, 'sync.status')).state).toBe('offline');
  await expect(badge).toHaveText(/未接入市平台/);

  // The city's address and a code it never issued: the platform refuses, beside the code.
  await url.fill(city.url);
  await page.getByRole('button', { name: '接入平台' }).click();
  await expect(codeItem.locator('.ant-form-item-explain-error')).toContainText('市平台未同意接入', SLOW);
  await expect(urlItem.locator('.ant-form-item-explain-error')).toHaveCount(0);
  expect((await api<{ state: string }>(page, 'sync.status')).state).toBe('offline');

  // A code for this desk's region: enrolled, with the identity the platform gave it.
  await code.fill(await city.code(me.desk.regionCode, '浮排社区服务台'));
  await code.press('Enter');
  await expect(badge).not.toHaveAttribute('data-state', 'offline', SLOW);
  await expect(badge).not.toHaveText(/未接入市平台/);
  const identity = page.getByRole('tabpanel').getByTestId('sync-identity');
  await expect(identity).toContainText(new RegExp(`${me.desk.regionCode}-\\d{2}`), SLOW);
  await expect(identity).toContainText(`（${me.desk.regionCode}）`);
  await expect(identity).toContainText('浮排');
  await expect(identity).toContainText(city.url);
  await expect(page.getByRole('button', { name: '退出平台' })).toBeVisible();

  // 立即同步 from the status tab: the run ends synced, in the header and on the page.
  await page.getByRole('tab', { name: '状态' }).click();
  await page.getByTestId('sync-now').click();
  await expect(badge).toHaveText(/已同步（\d{2}:\d{2}）/, SLOW);
  await expect(page.getByTestId('sync-state')).toContainText('已同步', SLOW);
  await expect(page.getByRole('tabpanel').getByTestId('sync-identity')).toContainText(me.desk.regionCode);
  expect((await api<{ state: string; pending: number }>(page, 'sync.status')).pending).toBe(0);
});

interface Room {
  id: string;
  version: number;
  label: string;
  floor: number;
  areaM2: number;
  hasKitchen: boolean;
  privateBathroom: boolean;
  rentMonthly: number;
}

test('an edit the city refused shows its reason on the property and on the sync page', async ({ page, host }) => {
  // Two platform processes start here (and one admin command runs): minutes on a loaded machine, not seconds.
  test.setTimeout(180_000);
  await setUpDesk(page, host);
  await logIn(page);
  const me = await api<{ desk: { regionCode: string } }>(page, 'session.me');
  await api(page, 'sync.enrol', { url: city.url, code: await city.code(me.desk.regionCode, '浮排社区服务台') });
  const landlord = await api<{ id: string }>(page, 'landlords.create', {
    name: '陈建国',
    idType: 'resident_id',
    idNumber: residentId('331004', '19700312', 17),
    mobile: '13805761234',
  });
  const property = await api<{ id: string }>(page, 'properties.create', {
    landlordId: landlord.id,
    address: { regionCode: me.desk.regionCode, detail: '浮排村东路 12 号' },
    buildingType: 'self_built',
    floors: 3,
    mixedUse: false,
    rooms: [{ label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: false, rentMonthly: 600 }],
  });
  expect((await api<{ state: string }>(page, 'sync.now')).state).toBe('synced');

  // The platform is out of reach while the desk edits a room: the header says the sync has a problem, and why.
  await city.stop();
  const badge = page.getByTestId('sync-badge');
  const [room] = (await api<{ rooms: Room[] }>(page, 'properties.get', { id: property.id })).rooms;
  const { id, version, label, floor, areaM2, hasKitchen, privateBathroom } = room!;
  await api(page, 'rooms.update', { id, baseVersion: version, label, floor, areaM2, hasKitchen, privateBathroom, rentMonthly: 999 });
  await expect(badge).toHaveText(/同步异常/, SLOW);
  await badge.hover();
  await expect(page.getByRole('tooltip')).toContainText('无法连接市平台', SLOW);

  // Meanwhile the city closes the property; once it is back, the desk's edit is refused with the city's reason.
  expect(await city.admin('properties', 'close', property.id, '--reason', '违规住人', '--authority', '路桥区住建局')).toMatchObject({
    code: 0,
  });
  await city.start();
  await badge.click();
  await page.getByTestId('sync-now').click();
  await expect(badge).toHaveText(/已同步/, SLOW);

  await page.getByRole('tab', { name: '被退回的修改' }).click();
  const rejected = page.getByTestId('sync-rejection');
  await expect(rejected).toHaveCount(1, SLOW);
  await expect(rejected).toContainText('房屋已被市平台查封，修改未生效');
  await expect(rejected).toContainText('101');

  // On the property itself, where a clerk would otherwise think the new rent stands.
  await page.getByRole('menuitem', { name: '房屋登记' }).click();
  await page.getByRole('row').filter({ hasText: '浮排村东路 12 号' }).click();
  const drawer = page.getByRole('dialog', { name: /浮排村东路 12 号/ });
  await expect(drawer.getByTestId('sync-rejection')).toContainText('房屋已被市平台查封，修改未生效', SLOW);
  await expect(drawer.getByTestId('property-closed')).toBeVisible();
});
