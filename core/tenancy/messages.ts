import type { MessageTable } from '../i18n/types';

/** Tenants, tenancies, matching and the room rack: refusals and reasons, in both languages. */
export const tenancyMessages = {
  // Matching: why a room fits.
  'match.fit.community': { zh: '在意向社区', en: 'In the preferred community' },
  'match.fit.grid': { zh: '在意向网格（{grid}）', en: 'In the preferred grid ({grid})' },
  'match.fit.capacity': {
    zh: '可住 {max} 人，本户 {persons} 人（计 {counted} 人，12 岁以下儿童不计）',
    en: 'Room for {max}; household of {persons} ({counted} counted, children under 12 not)',
  },
  'match.fit.cooking': { zh: '可以做饭：有厨房，厨房检查合格', en: 'Cooking permitted: kitchen passed its checks' },
  'match.fit.cookingAlso': { zh: '另有厨房可做饭', en: 'Has a kitchen where cooking is permitted' },
  'match.fit.budget': { zh: '月租 {rent} 元，在预算内（还剩 {left} 元）', en: 'Rent {rent} yuan, within budget ({left} to spare)' },
  'match.fit.area': { zh: '人均 {perPerson} m²', en: '{perPerson} m² per person' },
  'match.fit.floor': { zh: '在 {floor} 楼，低楼层', en: 'Low floor ({floor})' },
  'match.fit.ebike': { zh: '有电动自行车集中停放充电点', en: 'Central e-bike parking and charging' },
  'match.fit.bathroom': { zh: '独立卫生间', en: 'Private bathroom' },

  // Matching: the one requirement a near miss fails.
  'match.miss.den1': {
    zh: '住不下 {persons} 人：面积 {area} m² 只能住 {max} 人（DEN-1 人均不少于 {perPerson} m²，12 岁以下儿童不计）',
    en: 'Cannot house {persons}: {area} m² is room for {max} (DEN-1: {perPerson} m² each, children under 12 not counted)',
  },
  'match.miss.den2': {
    zh: '住不下 {persons} 人：每个房间最多住 {cap} 人（DEN-2，未成年子女除外）',
    en: 'Cannot house {persons}: at most {cap} per room (DEN-2, minors excepted)',
  },
  'match.miss.noKitchen': { zh: '不能做饭：没有厨房', en: 'No cooking: there is no kitchen' },
  'match.miss.cookingHazard': {
    zh: '不能做饭：厨房检查项 {code} 未通过（{item}）',
    en: 'No cooking: kitchen item {code} failed ({item})',
  },
  'match.miss.cookingNotPermitted': { zh: '不能做饭：厨房未获准用火', en: 'No cooking: the kitchen is not cleared for cooking' },
  'match.miss.budget': { zh: '超出预算 {over} 元（月租 {rent} 元）', en: '{over} yuan over budget (rent {rent} yuan)' },
  'match.miss.lowFloor': { zh: '楼层偏高：在 {floor} 楼（需要 {max} 楼及以下）', en: 'Too high: floor {floor} (needs {max} or lower)' },
  'match.miss.ebike': { zh: '没有电动自行车集中停放充电点', en: 'No central e-bike parking and charging' },
  'match.miss.validity': {
    zh: '消防检查合格有效期至 {validUntil}，早于入住日期，需先复查',
    en: 'The fire-safety pass ends {validUntil}, before the move-in date: it needs re-inspection first',
  },

  // Tenants.
  'tenant.idRequired': {
    zh: '成年人须登记证件号码；没有证件的未成年人请填写出生日期并指定监护人',
    en: 'Adults need an ID number; a minor without one needs a date of birth and a guardian',
  },
  'tenant.birthDateRequired': { zh: '没有证件时请填写出生日期', en: 'Without an ID, enter the date of birth' },
  'tenant.notMinor': {
    zh: '{name} 已满 18 周岁，须登记证件号码',
    en: '{name} is 18 or older and needs an ID number',
  },
  'tenant.guardianInvalid': {
    zh: '监护人须是本户中已登记证件的成年人',
    en: 'The guardian must be an adult of this household with an ID',
  },
  'tenant.mobileRequired': { zh: '租客本人须登记手机号码', en: 'The tenant needs a mobile number' },
  'tenant.originRequired': { zh: '请选择籍贯', en: 'Choose the place of origin' },
  'tenant.originUnknown': { zh: '籍贯不在全国行政区划表中，请从列表中选择', en: 'Not a known place of origin; choose one from the list' },
  'tenant.duplicateInHousehold': {
    zh: '同一证件号码在本户中出现了两次',
    en: 'The same ID number appears twice in this household',
  },
  'tenant.alreadyCheckedIn': {
    zh: '{name} 已在 {address} {room} 室{state}（{since} 起），请先办理退房或换房',
    en: '{name} is already {state} at {address}, room {room} (since {since}); check out or move first',
  },
  'tenant.state.active': { zh: '入住', en: 'checked in' },
  'tenant.state.reserved': { zh: '预订', en: 'holding a reservation' },
  'tenant.notFound': { zh: '没有找到该租客', en: 'The tenant was not found' },

  // Check-in, reservations, check-out, moves.
  'tenancy.roomNotFound': { zh: '没有找到该房间', en: 'The room was not found' },
  'tenancy.notFound': { zh: '没有找到该入住登记', en: 'The tenancy was not found' },
  'tenancy.propertyClosed': {
    zh: '该房屋已被查封关停（{authority}：{reason}），不得入住',
    en: 'The property is closed by order ({authority}: {reason}); no one may move in',
  },
  'tenancy.notCompliant': {
    zh: '该房屋消防状态为“{status}”，不是“合格”，不得出租：{why}',
    en: 'The property’s fire status is “{status}”, not compliant, so it may not be let: {why}',
  },
  'tenancy.roomUnavailable': { zh: '该房间已设为不可用，不得出租', en: 'The room is marked unavailable and may not be let' },
  'tenancy.roomTaken': {
    zh: '手慢了：该房间刚刚已被{by}办理入住，请换一间',
    en: 'Too late: the room was just taken{by}; choose another',
  },
  'tenancy.roomReserved': {
    zh: '该房间已被预订，保留到 {until}，请换一间或等预订到期',
    en: 'The room is reserved until {until}; choose another or wait for the hold to end',
  },
  'tenancy.overDen1': {
    zh: '超过最多可住人数：面积 {area} m² 只能住 {max} 人，本户计 {counted} 人（DEN-1 人均不少于 {perPerson} m²，12 岁以下儿童不计）',
    en:
      'Too many occupants: {area} m² is room for {max}, this household counts ' +
      '{counted} (DEN-1: {perPerson} m² each, children under 12 not counted)',
  },
  'tenancy.overDen2': {
    zh: '超过每个房间最多居住人数：最多 {cap} 人，本户计 {counted} 人（DEN-2，未成年子女除外）',
    en: 'Too many persons for one room: at most {cap}, this household counts {counted} (DEN-2, minors excepted)',
  },
  'tenancy.checkInFuture': {
    zh: '入住日期不能晚于今天；以后入住请先预订',
    en: 'The check-in date cannot be after today; reserve for a later date',
  },
  'tenancy.checkInTooOld': {
    zh: '入住日期最多只能补登 {days} 天前的',
    en: 'A check-in can be recorded at most {days} days late',
  },
  'tenancy.endBeforeStart': { zh: '预计退租日期须晚于入住日期', en: 'The expected end must be after the check-in date' },
  'tenancy.notActive': { zh: '该入住登记不是“在住”状态，无法{action}', en: 'The tenancy is not active, so it cannot be {action}' },
  'tenancy.notReserved': {
    zh: '该预订已失效（已入住、已取消或已过期）',
    en: 'The reservation is no longer held (checked in, cancelled or expired)',
  },
  'tenancy.reservationOtherRoom': { zh: '该预订不是这个房间的', en: 'The reservation is for another room' },
  'tenancy.checkOutBeforeCheckIn': {
    zh: '退房日期不能早于入住日期 {checkInOn}',
    en: 'The check-out date cannot be before the check-in date {checkInOn}',
  },
  'tenancy.checkOutFuture': { zh: '退房日期不能晚于今天', en: 'The check-out date cannot be after today' },
  'tenancy.moveSameRoom': { zh: '换房的目标房间与当前房间相同', en: 'The new room is the current room' },
  'tenancy.takenBy': { zh: '工作人员{name}', en: ' by {name}' },
  'tenancy.action.checkOut': { zh: '退房', en: 'checked out' },
  'tenancy.action.move': { zh: '换房', en: 'moved' },
  'tenancy.moveInRange': { zh: '入住日期应在今天到 {days} 天之内', en: 'The move-in date must be within {days} days from today' },
} satisfies MessageTable;
