import { residentId, withWrongCheck } from '../support/people';
import { api, expect, logIn, setUpDesk, test, openRooms } from './fixtures';

const LANDLORD_ID = residentId('331004', '19700312', 17);

test('first run, a landlord and a property with two rooms, seen on the board', async ({ page, host }) => {
  await setUpDesk(page, host);
  await logIn(page);

  // Landlord registration, keyboard only: type, Tab between fields, Enter to save.
  await page.getByRole('menuitem', { name: '房东登记' }).click();
  const name = page.getByLabel('姓名');
  await expect(name).toBeFocused();

  // A wrong check character: the field error appears beside the ID field, nothing is saved.
  await name.fill('陈建国');
  await page.keyboard.press('Tab'); // ID type (居民身份证 is preset)
  await page.keyboard.press('Tab');
  await page.keyboard.type(withWrongCheck(LANDLORD_ID));
  await page.keyboard.press('Tab');
  await page.keyboard.type('13805761234');
  await page.keyboard.press('Enter');
  const idItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('证件号码') });
  await expect(idItem.locator('.ant-form-item-explain-error')).toContainText('校验位不正确');
  expect((await api<{ total: number }>(page, 'landlords.list')).total).toBe(0);

  // Corrected, lower-case x or not, it saves and the list shows it masked.
  await page.getByLabel('证件号码').fill(LANDLORD_ID);
  await page.getByLabel('手机号码').press('Enter');
  await expect(page.getByText('已登记房东：陈建国')).toBeVisible();
  const masked = `${LANDLORD_ID.slice(0, 6)}********${LANDLORD_ID.slice(-4)}`;
  await expect(page.getByRole('cell', { name: masked })).toBeVisible();
  await expect(page.getByText(LANDLORD_ID)).toHaveCount(0);

  // Property registration with two rooms.
  await page.getByRole('menuitem', { name: '房屋登记' }).click();
  await page.getByLabel('房东').click();
  await page.keyboard.type('陈建国');
  await page.locator('.ant-select-item-option').filter({ hasText: '陈建国' }).click();
  await page.getByLabel('详细地址（路、门牌号、幢、单元）').fill('浮排村东路 12 号');
  const rows = page.getByTestId('room-row');
  await rows.nth(0).getByLabel('房间号').fill('101');
  await rows.nth(0).getByLabel('使用面积 m²').fill('14');
  await rows.nth(0).getByLabel('有厨房').check();
  await rows.nth(0).getByLabel('月租金（元）').fill('800');
  await page.getByRole('button', { name: '添加房间' }).click();
  await rows.nth(1).getByLabel('房间号').fill('201');
  await rows.nth(1).getByLabel('楼层').fill('2');
  await rows.nth(1).getByLabel('使用面积 m²').fill('10');
  await rows.nth(1).getByLabel('月租金（元）').fill('500');
  await rows.nth(1).getByLabel('月租金（元）').press('Enter');
  const created = page.getByTestId('created-property');
  await expect(created).toContainText('浮排居委会浮排村东路 12 号');
  await expect(created.locator('tr.ant-table-row')).toHaveCount(2);
  await expect(created.locator('tr.ant-table-row').first()).toContainText('2'); // 14 m² -> 2 people

  // The rack's list shows both rooms, the property uninspected and the rooms vacant, in words and colour.
  await openRooms(page, 'list');
  const roomRows = page.getByTestId('room-row');
  await expect(roomRows).toHaveCount(2);
  await expect(roomRows.first()).toContainText('101');
  await expect(roomRows.first()).toContainText('空置');
  await expect(page.getByTestId('room-line').first()).toContainText('未检查');
  await page.screenshot({ path: 'docs/screenshots/rooms-list.png' });

  // "Available only" hides them: an uninspected property is not offered.
  await page.getByLabel('只看可出租').click();
  await expect(page.getByText('没有符合条件的房间')).toBeVisible();

  // A reload keeps the session and the page.
  await page.reload();
  await expect(page.getByTestId('clerk-name')).toContainText('王站长');
  await expect(page.getByText('房态总台').first()).toBeVisible();

  // Logout ends the session: the API refuses, the login page is back.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  const res = await page.request.post('/api/session.me', { headers: { 'x-desk-request': '1' }, data: {} });
  expect(res.status()).toBe(401);
});

test('the English switch is remembered and errors follow it', async ({ page, host }) => {
  await setUpDesk(page, host);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await page.reload();
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('wrong password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Wrong username or password');
});

test('API calls without the desk header are refused with 403', async ({ page, host }) => {
  await page.goto(host.url);
  const res = await page.request.post('/api/setup.status', { data: {} });
  expect(res.status()).toBe(403);
  const body = await res.json();
  expect(body.error.code).toBe('FORBIDDEN');
});
