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
  'desk.regionLevel': {
    zh: '服务台所在地请选择到街道（乡镇）或社区（村）',
    en: 'Choose the desk’s street (town) or community (village)',
  },
} satisfies MessageTable;
