import type { Browser, Page } from '@playwright/test';
import { startCity, type City } from '../support/city';
import { startHost, type RunningHost } from '../support/host';
import { residentId } from '../support/people';
import { api, expect, logIn, openRooms, setUpDesk, test as base } from './fixtures';

/**
 * Two desks of one community and the city platform, all real: the platform its
 * own process on PGlite (tests/support/city.ts), each desk a browser host on
 * its own data folder (desk A is the fixture's host, desk B a second one), each
 * driven by its own Chromium context. The clerks do what the sync is for: A
 * registers and certifies, B fills itself from the city, the city closes a
 * property, both desks change one rent offline and a supervisor answers the
 * conflict, and the header tells the clerk what waits and why, and clears by
 * itself once the city is back.
 */
const test = base.extend<{ hostB: RunningHost }>({
  // Playwright reads a fixture's dependencies from its first argument's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  hostB: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

let city: City;
test.beforeAll(async () => {
  // The platform's first start migrates a fresh PGlite database.
  test.setTimeout(120_000);
  city = await startCity();
});
test.afterAll(async () => {
  await city?.close();
});

const DESK_A = '浮排社区服务台甲';
const DESK_B = '浮排社区服务台乙';
const CLERK_A = { username: 'clerk1', displayName: '李前台', password: 'clerk password 1' };

/** The loop, the platform and two hosts answer on their own time on a shared machine: wait for what they bring about, never sleep. */
const SLOW = { timeout: 30_000 };
/** A sync run pulls or pushes a whole register's worth on a loaded machine. */
const RUN = { timeout: 60_000 };
/**
 * The browser host takes no sync timing (electron/serve.ts passes none to openServices): the loop keeps core's,
 * a 2 s backoff doubling per failure (±20 %), so a desk back from a short outage retries within tens of seconds.
 */
const BY_ITSELF = { timeout: 150_000 };

const CLOSED_AT = '浮排村东路12号';
const OPEN_AT = '浮排村西路7号';
const LANDLORD = { name: '陈建国', id: residentId('331004', '19700312', 17), mobile: '13805761234' };

/** Another workstation: a context of its own on a desk's host, its uncaught errors collected like the fixture's page. */
async function workstation(browser: Browser, host: RunningHost, errors: string[]): Promise<Page> {
  const context = await browser.newContext({
    baseURL: host.url,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
  return page;
}

/** The admin enrols the desk from the sync page with the code the city's command line issued for its region. */
async function enrol(page: Page, code: string, regionCode: string) {
  const badge = page.getByTestId('sync-badge');
  await expect(badge).toHaveText(/未接入市平台/, SLOW);
  await badge.click();
  await page.getByRole('tab', { name: '接入平台' }).click();
  await page.getByLabel('市平台地址').fill(city.url);
  await page.getByLabel('接入码').fill(code);
  await page.getByRole('button', { name: '接入平台' }).click();
  const identity = page.getByRole('tabpanel').getByTestId('sync-identity');
  await expect(identity).toContainText(new RegExp(`${regionCode}-\\d{2}`), SLOW);
  await expect(identity).toContainText(`（${regionCode}）`);
  await expect(badge).not.toHaveText(/未接入市平台/);
  return ((await identity.textContent()) ?? '').match(new RegExp(`${regionCode}-\\d{2}`))![0];
}

/** 立即同步 from the status tab, as any clerk may; the run's end is what the page and the header then say. */
async function syncNow(page: Page) {
  await page.getByTestId('sync-badge').click();
  await page.getByRole('tab', { name: '状态' }).click();
  const button = page.getByTestId('sync-now');
  // A run of the loop's own timer may be under way: the button waits for it.
  await expect(button).toBeEnabled(RUN);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/sync.now'), RUN);
  await button.click();
  expect((await answered).ok()).toBe(true);
  await expect(page.getByText(/同步结束：已同步（\d{2}:\d{2}）/).last()).toBeVisible(SLOW);
  await expect(page.getByTestId('sync-state')).toContainText('已同步', SLOW);
  await expect(page.getByTestId('sync-pending')).toHaveText(/^0 条/, SLOW);
  await expect(page.getByTestId('sync-badge')).toHaveText(/已同步（\d{2}:\d{2}）/, SLOW);
}

/** 房屋登记 → the property's row → its drawer. */
async function openProperty(page: Page, address: string) {
  await page.getByRole('menuitem', { name: '房屋登记' }).click();
  await page.getByTestId('property-list').getByRole('row').filter({ hasText: address }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(address) });
  await expect(drawer.getByTestId('property-detail')).toBeVisible(SLOW);
  return drawer;
}

const roomRow = (drawer: ReturnType<Page['getByRole']>, label: string) =>
  drawer
    .getByTestId('property-rooms')
    .locator('tbody tr')
    .filter({ has: drawer.page().getByRole('cell', { name: label, exact: true }) });

/** The room's edit form with a new rent typed in, not yet saved (the caller saves when the story says so). */
async function typeRent(page: Page, address: string, label: string, rent: number) {
  const drawer = await openProperty(page, address);
  await roomRow(drawer, label).getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('room-form');
  await form.getByLabel('月租（元）').fill(String(rent));
  return {
    drawer,
    async save() {
      await page.getByRole('button', { name: '保存修改' }).click();
      await expect(roomRow(drawer, label).getByRole('cell', { name: String(rent), exact: true })).toBeVisible(SLOW);
    },
  };
}

async function closeDrawer(drawer: ReturnType<Page['getByRole']>) {
  await drawer.getByRole('button', { name: '关闭' }).first().click();
  await expect(drawer).toBeHidden();
}

/** 核验证明: the code pasted in as a scanner would type it; the verdict the register gives. */
async function verify(page: Page, payload: string) {
  await page.getByRole('menuitem', { name: '核验证明' }).click();
  const box = page.getByLabel('二维码内容');
  await box.fill(payload);
  await box.press('Enter');
  return page.getByTestId('verdict');
}

/** The front desk's search for a household of `adults`, as a clerk walks it. */
async function findRooms(page: Page, adults: number) {
  await page.getByRole('menuitem', { name: '租客接待' }).click();
  await page.getByLabel('成人（12 岁及以上）').fill(String(adults));
  await page.getByLabel('12 岁以下儿童').fill('0');
  await page.getByRole('button', { name: '查找房间' }).click();
}

/** A host's process sleeps (as a desk's computer does with its lid shut) and wakes; a test that fails meanwhile still wakes it. */
async function whileAsleep<T>(host: RunningHost, what: () => Promise<T>): Promise<T> {
  host.process.kill('SIGSTOP');
  try {
    return await what();
  } finally {
    host.process.kill('SIGCONT');
  }
}

test('two desks of one community and the city: a first pull, a closure, a conflict answered, an outage drained', async ({
  page,
  host,
  hostB,
  browser,
}) => {
  // Two platform restarts, one wait on the loop's own backoff, four workstations on two hosts: minutes, not seconds.
  test.setTimeout(600_000);
  const errors: string[] = [];
  const clerkA = await workstation(browser, host, errors);
  const b = await workstation(browser, hostB, errors);
  const badgeA = page.getByTestId('sync-badge');
  const badgeB = b.getByTestId('sync-badge');
  let region = '';
  let deskCodeA = '';
  let certificate = { id: '', serial: '', payload: '' };
  let closedId = '';

  await test.step('1. desk A enrols, registers a landlord, a property and its rooms, inspects, certifies, and syncs', async () => {
    await setUpDesk(page, host, DESK_A);
    await logIn(page);
    region = (await api<{ desk: { regionCode: string } }>(page, 'session.me')).desk.regionCode;
    deskCodeA = await enrol(page, await city.code(region, DESK_A), region);

    // The walk-in, by keyboard as walk-in.spec.ts proves it: landlord, property, three rooms, the letter, the first inspection's date.
    await page.getByRole('menuitem', { name: '来访登记' }).click();
    const step = page.getByTestId('walkin-step');
    await expect(step).toHaveAttribute('data-step', 'landlord');
    await expect(page.getByLabel('证件号码')).toBeFocused();
    await page.keyboard.type(LANDLORD.id);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('姓名')).toBeFocused();
    await page.keyboard.type(LANDLORD.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(LANDLORD.mobile);
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-step', 'property');
    await expect(page.getByLabel('路（街、巷）')).toBeFocused();
    await page.keyboard.type('浮排村东路');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-step', 'rooms');
    await expect(page.getByLabel('房间号')).toBeFocused();
    for (const [label, floor, area, kitchen, rent] of [
      ['101', null, '14', true, '800'],
      ['201', '2', '10', false, '500'],
      ['301', '3', '12', true, '500'],
    ] as const) {
      await page.keyboard.type(label);
      await page.keyboard.press('Tab');
      if (floor) await page.keyboard.type(floor);
      await page.keyboard.press('Tab');
      await page.keyboard.type(area);
      await page.keyboard.press('Tab');
      if (kitchen) await page.keyboard.press('Space');
      await page.keyboard.press('Tab'); // private bathroom: no
      await page.keyboard.press('Tab'); // window bars: no
      await page.keyboard.press('Tab');
      await page.keyboard.type(rent);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('walkin-room-row')).toHaveCount(4);
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-step', 'letter');
    await expect(page.getByLabel('房东已签订消防安全责任书')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-step', 'inspection');
    await expect(page.getByRole('button', { name: '完成登记' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('walkin-done')).toContainText(`${LANDLORD.name} · 台州市路桥区峰江街道浮排居委会${CLOSED_AT} · 3 个房间`);
    const found = await api<{ properties: { id: string }[] }>(page, 'search.query', { q: LANDLORD.id });
    closedId = found.properties[0]!.id;

    // The first inspection, every item passed, as inspections.spec.ts records it.
    await page.getByRole('menuitem', { name: '检查录入' }).click();
    await page.getByLabel('检查的房屋').click();
    await page.keyboard.type('浮排村东路12');
    await page.locator('.ant-select-item-option').filter({ hasText: CLOSED_AT }).click();
    await page.getByRole('button', { name: '全部合格' }).click();
    await page.getByRole('button', { name: '保存检查结果' }).click();
    await expect(page.getByText('已保存检查，房屋消防状态：合格').first()).toBeVisible(SLOW);

    // The certificate, as certificates.spec.ts issues it.
    await page.getByRole('menuitem', { name: '合格证明' }).click();
    await page.getByLabel('出租房屋').click();
    await page.keyboard.type(CLOSED_AT);
    await page.locator('.ant-select-item-option').filter({ hasText: CLOSED_AT }).click();
    await page.getByRole('button', { name: '签发合格证明' }).click();
    await expect(page.getByTestId('certificate-sheet')).toContainText('出租房屋消防安全检查合格证明', SLOW);
    await expect(page.getByTestId('certificate-sheet')).toContainText(CLOSED_AT);
    const id = new URLSearchParams(page.url().split('?')[1]).get('id')!;
    certificate = await api<typeof certificate>(page, 'certificates.get', { id });
    await page.goBack();

    // Setup that is not this test's subject (walk-in.spec.ts proves the flow): a second, open property, and a front-desk clerk.
    const today = (await api<{ today: string }>(page, 'tenancies.daily', { days: 1 })).today;
    await api(page, 'walkIns.register', {
      landlord: { name: '王秀英', idType: 'resident_id', idNumber: residentId('331004', '19680821', 24), mobile: '13805762468' },
      property: {
        address: { regionCode: region, road: '浮排村西路', houseNumber: '7' },
        buildingType: 'self_built',
        floors: 3,
        mixedUse: false,
      },
      rooms: [
        { label: '101', floor: 1, areaM2: 16, hasKitchen: true, privateBathroom: false, rentMonthly: 650 },
        { label: '201', floor: 2, areaM2: 13, hasKitchen: false, privateBathroom: false, rentMonthly: 600 },
        { label: '301', floor: 3, areaM2: 12, hasKitchen: false, privateBathroom: false, rentMonthly: 550 },
      ],
      letter: { signed: true, signedOn: today },
      firstInspectionOn: today,
    });
    await api(page, 'clerks.create', { ...CLERK_A, role: 'clerk' });

    // Everything goes up: nothing waits.
    await syncNow(page);
  });

  await test.step('2. desk B enrols on the same region and fills itself by its first pull; A’s certificate verifies on B', async () => {
    await setUpDesk(b, hostB, DESK_B);
    await logIn(b);
    expect((await api<{ desk: { regionCode: string } }>(b, 'session.me')).desk.regionCode).toBe(region);
    const deskCodeB = await enrol(b, await city.code(region, DESK_B), region);
    expect(deskCodeB).not.toBe(deskCodeA);
    await syncNow(b);

    // The property, its landlord, its fire status and rooms, as B's clerk finds them.
    const row = b.getByTestId('property-list').getByRole('row').filter({ hasText: CLOSED_AT });
    await b.getByRole('menuitem', { name: '房屋登记' }).click();
    await expect(row).toContainText(LANDLORD.name, SLOW);
    await expect(row).toContainText('合格');
    const drawer = await openProperty(b, CLOSED_AT);
    await expect(drawer.getByTestId('property-detail')).toContainText(LANDLORD.name);
    await expect(drawer.getByTestId('property-detail')).toContainText('合格');
    for (const [label, rent] of [
      ['101', '800'],
      ['201', '500'],
      ['301', '500'],
    ]) {
      await expect(roomRow(drawer, label!).getByRole('cell', { name: rent, exact: true })).toBeVisible();
    }
    await drawer.getByTestId('property-detail').locator('a', { hasText: LANDLORD.name }).click();
    const landlord = b.getByTestId('landlord-detail');
    await expect(landlord).toContainText(LANDLORD.name, SLOW);
    await expect(landlord).toContainText('138****1234');
    await b.keyboard.press('Escape');
    await expect(landlord).toBeHidden();
    await closeDrawer(drawer);
    await b.getByRole('menuitem', { name: '房屋登记' }).click();
    await expect(b.getByTestId('property-list').getByRole('row').filter({ hasText: OPEN_AT })).toContainText('王秀英');

    // A's certificate, signed with A's key, verifies at B's counter.
    const verdict = await verify(b, certificate.payload);
    await expect(verdict).toContainText('有效：证明真实', SLOW);
    await expect(verdict).toContainText(CLOSED_AT);
  });

  await test.step('3. the city closes the property: on A 查封关停, rooms not offered, certificate void, check-in refused', async () => {
    // A front-desk clerk at A finds rooms for a walk-in tenant before the closure arrives.
    await clerkA.goto(host.url);
    await logIn(clerkA, CLERK_A);
    await findRooms(clerkA, 1);
    const stale = clerkA.getByTestId('match-row').filter({ hasText: `${CLOSED_AT} 101` });
    await expect(stale).toHaveCount(1, SLOW);

    // The rack offered all three rooms until now.
    await openRooms(page, 'list');
    const line = page.getByTestId('room-line').filter({ hasText: CLOSED_AT });
    await expect(line.getByTestId('room-row')).toHaveCount(3, SLOW);
    for (const r of await line.getByTestId('room-row').all()) await expect(r).toContainText('可以出租');

    const closed = await city.admin('properties', 'close', closedId, '--reason', '消防通道堵塞', '--authority', '路桥区消防救援大队');
    expect(closed.code, closed.stderr).toBe(0);
    await syncNow(page);

    // The property: 查封关停, with the city's reason and authority.
    await page.getByRole('menuitem', { name: '房屋登记' }).click();
    await expect(page.getByTestId('property-list').getByRole('row').filter({ hasText: CLOSED_AT })).toContainText('查封关停', SLOW);
    const drawer = await openProperty(page, CLOSED_AT);
    await expect(drawer.getByTestId('property-closed')).toContainText('消防通道堵塞');
    await expect(drawer.getByTestId('property-closed')).toContainText('路桥区消防救援大队');
    await expect(drawer.getByTestId('property-detail')).toContainText('查封关停');
    await closeDrawer(drawer);

    // The rack: 查封关停, no room offered; "只看可出租" leaves the property out.
    await openRooms(page, 'list');
    await expect(line).toContainText('查封关停', SLOW);
    await expect(line.getByTestId('room-row')).toHaveCount(3);
    for (const r of await line.getByTestId('room-row').all()) await expect(r).toContainText('不可出租');
    await page.getByLabel('只看可出租').click();
    await expect(line).toHaveCount(0, SLOW);

    // The certificate verifies as void, with the reason.
    const verdict = await verify(page, certificate.payload);
    await expect(verdict).toContainText('已作废：房屋已被查封关停，证明自动作废', SLOW);

    // The clerk's list was found before the closure: the check-in on it is refused, and says why.
    await stale.getByRole('button', { name: '入住登记' }).click();
    const checkIn = clerkA.getByTestId('check-in-drawer');
    const tenant = checkIn.locator('.ant-card').filter({ hasText: '租客本人' });
    await tenant.getByLabel('姓名').fill('张伟');
    await tenant.getByLabel('证件号码').fill(residentId('341602', '19880304', 11));
    await tenant.getByLabel('手机号码').fill('13905761234');
    await tenant.getByLabel('籍贯').click();
    await clerkA.keyboard.type('亳州');
    await clerkA.locator('.ant-select-item-option').filter({ hasText: '安徽省亳州市谯城区' }).first().click();
    await checkIn.getByRole('button', { name: '确认入住' }).click();
    await expect(clerkA.getByTestId('check-in-refusal')).toHaveText(
      '该房屋已被查封关停（路桥区消防救援大队：消防通道堵塞），不得入住',
      SLOW,
    );
    await expect(clerkA.getByTestId('check-in-done')).toHaveCount(0);
    await checkIn.locator('.ant-drawer-close').click();
    // Searching again no longer offers it.
    const searched = clerkA.waitForResponse((r) => r.url().endsWith('/api/match.rooms'), SLOW);
    await clerkA.getByRole('button', { name: '查找房间' }).click();
    expect((await searched).ok()).toBe(true);
    await expect(clerkA.getByTestId('match-row').filter({ hasText: CLOSED_AT })).toHaveCount(0, SLOW);
    expect((await api<{ arrivals: unknown[] }>(clerkA, 'tenancies.daily', {})).arrivals).toHaveLength(0);

    // B takes the city's word too.
    await syncNow(b);
    await expect(await verify(b, certificate.payload)).toContainText('已作废：房屋已被查封关停，证明自动作废', SLOW);
  });

  await test.step('4. A and B change one rent offline; B’s supervisor sees both values and who, resubmits; both agree', async () => {
    await city.stop();
    // A's front-desk clerk and B's admin each change room 201's rent while the city is out of reach.
    const onA = await typeRent(clerkA, OPEN_AT, '201', 800);
    await onA.save();
    await closeDrawer(onA.drawer);
    const onB = await typeRent(b, OPEN_AT, '201', 750);
    await onB.save();
    await closeDrawer(onB.drawer);

    // The city comes back and A reaches it first. B sleeps meanwhile: both loops retry on their own backoff, and
    // otherwise whichever retried first would reach the city first (B is woken right after A's run).
    await whileAsleep(hostB, async () => {
      await city.start();
      await syncNow(page);
    });
    await syncNow(b);

    // B's header counts the conflict for its supervisor; the 冲突 tab shows both values and who set them.
    await expect(badgeB.getByTestId('sync-conflicts')).toHaveAccessibleName('1 个冲突待处理', SLOW);
    await b.getByRole('tab', { name: /冲突/ }).click();
    const conflict = b.getByTestId('sync-conflict');
    await expect(conflict).toHaveCount(1, SLOW);
    await expect(conflict).toContainText('201');
    await expect(conflict).toContainText('待处理');
    const values = conflict.locator('tbody tr').filter({ hasText: '月租' });
    await expect(values.getByRole('cell')).toHaveText(['月租', '750', '800']);
    await expect(conflict).toContainText('本台：王站长，');
    await expect(conflict).toContainText(`平台：${DESK_A} ${CLERK_A.displayName}，`);

    // Until it is answered, B shows the city's value: the two desks never disagree unseen.
    const waiting = await openProperty(b, OPEN_AT);
    await expect(roomRow(waiting, '201').getByRole('cell', { name: '800', exact: true })).toBeVisible(SLOW);
    await closeDrawer(waiting);

    // The supervisor (here the admin) sends B's value again.
    await b.getByTestId('sync-badge').click();
    await b.getByRole('tab', { name: /冲突/ }).click();
    await conflict.getByRole('button', { name: '重新提交本台的值' }).click();
    await expect(b.getByText('已处理该冲突')).toBeVisible(SLOW);
    await expect(b.getByText('没有待处理的冲突')).toBeVisible(SLOW);
    await b.locator('.ant-segmented-item').filter({ hasText: '已处理' }).click();
    await expect(conflict).toContainText('已重新提交本台的值');
    await expect(conflict).toContainText('王站长于');

    await syncNow(b);
    await expect(badgeB.getByTestId('sync-conflicts')).toHaveCount(0, SLOW);
    await syncNow(page);
    for (const p of [page, b]) {
      const drawer = await openProperty(p, OPEN_AT);
      await expect(roomRow(drawer, '201').getByRole('cell', { name: '750', exact: true })).toBeVisible(SLOW);
      await closeDrawer(drawer);
    }
  });

  await test.step('5. the header says what waits and why while the city is down, and clears by itself once it is back', async () => {
    // A fresh run first, so the loop's next timer is a full interval away while the clerk types.
    await syncNow(page);
    const edit = await typeRent(page, OPEN_AT, '301', 580);
    await city.stop();
    await edit.save();
    // Saved at the desk; the header counts it until the loop tries the city...
    await expect(badgeA).toHaveText('待上传 1 条', SLOW);
    // ...and then says the sync has a problem, and why, in words.
    await closeDrawer(edit.drawer);
    await expect(badgeA).toHaveText(/同步异常/, SLOW);
    await badgeA.hover();
    await expect(page.getByRole('tooltip')).toContainText('无法连接市平台', SLOW);
    await expect(page.getByRole('tooltip')).toContainText('将自动重试');

    // The city is back: nobody clicks anything, the loop's own retry drains it.
    await city.start();
    await expect(badgeA).toHaveText(/已同步（\d{2}:\d{2}）/, BY_ITSELF);
    await badgeA.click();
    await expect(page.getByTestId('sync-pending')).toHaveText(/^0 条/, SLOW);
    await expect(page.getByTestId('sync-state')).toContainText('已同步');
  });

  await clerkA.context().close();
  await b.context().close();
  expect(errors, 'uncaught errors in the other pages').toEqual([]);
});
