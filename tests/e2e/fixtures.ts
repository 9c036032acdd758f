import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/host';

export const ADMIN = { username: 'admin', displayName: '王站长', password: 'correct horse 1' };

/** Each test gets its own real host on a fresh register. */
export const test = base.extend<{ host: RunningHost }>({
  // Playwright reads a fixture's dependencies from its first argument's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ args: ['--test-clock'] });
    await use(host);
    await host.stop();
  },
  baseURL: async ({ host }, use) => use(host.url),
  // An uncaught error in the page fails the test: a blank screen must never pass as "not found".
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});
export { expect };

/** Picks a region by typing part of its name into a RegionPicker and choosing the match. */
export async function pickRegion(page: Page, fieldLabel: string | RegExp, text: string, match: string | RegExp) {
  await page.getByLabel(fieldLabel).click();
  await page.keyboard.type(text);
  await page.locator('.ant-cascader-menu-item').filter({ hasText: match }).first().click();
}

/**
 * Picks an option of a select whose options come from the register as the clerk types
 * (RemoteSelect). While an answer is on its way the list still shows the last one, so a
 * click can land as the list is replaced; this waits until the field shows the choice and
 * types again if it does not, as a clerk would.
 */
export async function pickRemote(page: Page, fieldLabel: string | RegExp, typed: string, option = typed) {
  const field = page.getByLabel(fieldLabel);
  const select = page.locator('.ant-select').filter({ has: field });
  await expect(async () => {
    await field.click();
    await field.fill('');
    await page.keyboard.type(typed);
    const shown = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await shown.filter({ hasText: option }).first().click({ timeout: 5_000 });
    await expect(select).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** First-run setup through the UI, as the admin does on day one (a second desk of the same community gets its own name). */
export async function setUpDesk(page: Page, host: RunningHost, deskName = '峰江街道浮排社区服务总台') {
  await page.goto(host.url);
  // A cold Chromium parsing the whole bundle on a loaded machine: the first paint may take longer than one step.
  await expect(page.getByText('首次使用：设置服务台')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('服务台名称').fill(deskName);
  await pickRegion(page, '所在地（街道或社区）', '浮排', /路桥区.*峰江街道.*浮排居委会/);
  await page.getByLabel('管理员用户名').fill(ADMIN.username);
  await page.getByLabel('管理员姓名').fill(ADMIN.displayName);
  await page.getByLabel('密码（至少 8 位）').fill(ADMIN.password);
  await page.getByLabel('再次输入密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

export async function logIn(page: Page, user = ADMIN) {
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(user.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('clerk-name')).toContainText(user.displayName);
}

/** Calls the API as the page's logged-in clerk (same cookie, same header as the UI). */
export async function api<T = unknown>(page: Page, name: string, input: unknown = {}): Promise<T> {
  const res = await page.request.post(`/api/${name}`, {
    headers: { 'x-desk-request': '1' },
    data: input,
  });
  const body = await res.json();
  if (!res.ok()) throw new Error(`${name}: ${res.status()} ${JSON.stringify(body)}`);
  return body as T;
}

/** Moves the desk's clock (the host runs with --test-clock in e2e tests). */
export async function moveClock(page: Page, change: { now?: number; addDays?: number }): Promise<number> {
  const res = await page.request.post('/__test/clock', { headers: { 'x-desk-request': '1' }, data: change });
  return ((await res.json()) as { now: number }).now;
}

/** Opens the room rack (房态总台) in one of its two views, as a clerk does from the menu. */
export async function openRooms(page: Page, view: 'tiles' | 'list' = 'tiles') {
  await page.getByRole('menuitem', { name: '房态总台' }).click();
  await page
    .locator('.ant-segmented-item')
    .filter({ hasText: view === 'list' ? '列表' : '房态图' })
    .click();
}
