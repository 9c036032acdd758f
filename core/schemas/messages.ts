import type { MessageTable } from '../i18n/types';

/** Refusals of the register's own rules (landlords, properties, rooms). */
export const registerMessages = {
  'landlord.duplicateId': {
    zh: '该证件号码已登记过房东：{name}（编号 {id}），请直接选用',
    en: 'A landlord with this ID is already registered: {name} (ID {id}); use that record',
  },
  'landlord.notFound': { zh: '没有找到该房东', en: 'The landlord was not found' },
  'landlord.name': { zh: '请填写姓名或单位名称', en: 'Enter the name' },
  'property.notFound': { zh: '没有找到该出租房屋', en: 'The property was not found' },
  'property.floorAboveBuilding': {
    zh: '房间所在楼层 {floor} 高于房屋总层数 {floors}',
    en: 'Floor {floor} is above the building’s {floors} floors',
  },
  'room.duplicateLabel': {
    zh: '同一房屋内房间号“{label}”重复',
    en: 'Room label “{label}” appears twice in this property',
  },
  'room.basement': {
    zh: '地下室、半地下室不得出租住人（LOC-1），楼层请填 1 或以上',
    en: 'Basements may not be let for sleeping (LOC-1): floor must be 1 or above',
  },
  'room.areaRange': {
    zh: '使用面积应在 1 到 500 平方米之间',
    en: 'Usable area must be between 1 and 500 m²',
  },
  'room.rentRange': {
    zh: '月租金应在 0 到 100000 元之间的整数',
    en: 'Monthly rent must be a whole number from 0 to 100000 yuan',
  },
  'landlord.organisationNeedsCreditCode': {
    zh: '单位房东请选择“统一社会信用代码”并填写营业执照上的代码',
    en: 'An organisation registers with its unified social credit code',
  },
  'landlord.personNeedsId': {
    zh: '个人房东请填写身份证件，统一社会信用代码只用于单位',
    en: 'A person registers with an identity document; credit codes are for organisations',
  },
  'landlord.contactRequired': {
    zh: '单位房东请填写联系人姓名',
    en: 'Enter the contact person of the organisation',
  },
  'landlord.kindMismatch': {
    zh: '证件类型与房东类型（个人/单位）不符',
    en: 'The document type does not suit the landlord’s kind (person or organisation)',
  },
  'letter.dateRequired': {
    zh: '已签订责任书的，请填写签订日期',
    en: 'Enter the date the letter was signed',
  },
  'letter.dateInFuture': {
    zh: '签订日期不能晚于今天',
    en: 'The signing date cannot be later than today',
  },
  'address.roadRequired': {
    zh: '请填写路（街、巷）名，或在详细地址中填写完整地址',
    en: 'Enter the road, or the full street address in the detail field',
  },
  'address.numberRequired': {
    zh: '请填写门牌号',
    en: 'Enter the house number',
  },
  'property.duplicateAddress': {
    zh: '该地址已登记过房屋：{address}（房东：{landlord}）。请核实是否同一处房屋；确认不是重复登记后再保存',
    en:
      'A property is already registered at this address: {address} (landlord: ' +
      '{landlord}). Check it is not the same property before saving',
  },
  'property.alreadyClosed': { zh: '该房屋已经查封关停', en: 'This property is already closed' },
  'property.closedNoEdits': {
    zh: '该房屋已被查封关停（{authority}），解除查封前不能修改房屋和房间',
    en: 'This property is closed ({authority}): its building and rooms cannot be changed until the closure is lifted',
  },
  'property.notClosed': { zh: '该房屋没有查封关停，无需解除', en: 'This property is not closed' },
  'property.closedOnFuture': {
    zh: '查封日期不能晚于今天',
    en: 'The closure date cannot be later than today',
  },
  'property.floorsBelowRooms': {
    zh: '房间“{label}”在 {floor} 层，总层数不能少于 {floor}',
    en: 'Room “{label}” is on floor {floor}: the building needs at least {floor} floors',
  },
  'room.notFound': { zh: '没有找到该房间', en: 'The room was not found' },
  'room.occupantsAboveMax': {
    zh: '该房间现住 {persons} 人，按新面积最多只能住 {max} 人，请先为租客调整房间',
    en: '{persons} people live in this room but the new area allows {max}; move the tenants first',
  },
  'walkIn.landlordRequired': {
    zh: '请选用已登记的房东，或登记新房东（二选一）',
    en: 'Choose a registered landlord or register a new one (one of the two)',
  },
  'walkIn.inspectionInPast': {
    zh: '首次检查日期不能早于今天',
    en: 'The first inspection cannot be before today',
  },
  'walkIn.inspectionTooLate': {
    zh: '首次检查应安排在 {days} 天以内',
    en: 'Book the first inspection within {days} days',
  },
  'export.fullForbidden': {
    zh: '您的账号只能导出隐藏证件号码和手机号码的表格；完整导出需站长或管理员',
    en: 'Your account may export masked data only; a full export needs a supervisor or administrator',
  },
  'desk.regionLevel': {
    zh: '服务台所在地请选择到街道（乡镇）或社区（村）',
    en: 'Choose the desk’s street (town) or community (village)',
  },
} satisfies MessageTable;
