import type { MessageTable } from '../i18n/types';

/** Why a property has its status, why a room is not offered, and rule-set refusals. */
export const ruleMessages = {
  'fire.reason.closed': { zh: '已查封关停', en: 'Closed by order' },
  'fire.reason.uninspected': { zh: '尚未进行消防安全检查', en: 'Not inspected yet' },
  'fire.reason.overdue': {
    zh: '隐患 {code} 整改期限 {deadline} 已过，仍未整改',
    en: 'Hazard {code} was due for rectification by {deadline} and is still open',
  },
  'fire.reason.rectifying': {
    zh: '隐患 {code} 限期整改，期限 {deadline}',
    en: 'Hazard {code} must be rectified by {deadline}',
  },
  'fire.reason.expired': { zh: '检查合格已过有效期（至 {validUntil}）', en: 'The pass expired ({validUntil})' },
  'fire.reason.compliant': { zh: '检查合格，有效期至 {validUntil}', en: 'Compliant until {validUntil}' },
  'room.reason.propertyStatus': {
    zh: '房屋消防状态不是“合格”，不得出租',
    en: 'The property is not fire-compliant, so it may not be let',
  },
  'room.reason.notVacant': { zh: '房间不是空置状态', en: 'The room is not vacant' },
  'room.reason.tooSmall': {
    zh: '面积 {area} m² 不足人均 {perPerson} m²，不能住人',
    en: '{area} m² is below {perPerson} m² per person: no one may live there',
  },
  'cooking.reason.noKitchen': { zh: '没有厨房', en: 'No kitchen' },
  'cooking.reason.notInspected': { zh: '厨房尚未检查', en: 'The kitchen has not been inspected' },
  'cooking.reason.hazard': {
    zh: '厨房检查项 {code} 未通过（整改期限 {deadline}）',
    en: 'Kitchen item {code} failed (rectify by {deadline})',
  },
  'rules.invalid': { zh: '规则文件内容不符合要求，未导入', en: 'The rule file is not valid; nothing was loaded' },
  'rules.notJson': { zh: '规则文件不是有效的 JSON', en: 'The rule file is not valid JSON' },
  'rules.duplicateCode': { zh: '检查项编号 {code} 重复', en: 'Item code {code} appears twice' },
  'rules.unknownCategory': {
    zh: '检查项 {code} 的类别 {category} 未定义',
    en: 'Item {code} names an undefined category {category}',
  },
  'rules.unknownParameter': {
    zh: '检查项 {code} 引用了未定义的参数 {name}',
    en: 'Item {code} refers to an undefined parameter {name}',
  },
  'rules.versionExists': { zh: '规则版本 {version} 已存在', en: 'Rule set version {version} already exists' },
} satisfies MessageTable;
