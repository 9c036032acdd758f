import type { MessageTable } from '../i18n/types';

export const inspectionMessages = {
  'inspection.noteRequired': { zh: '不合格项须填写情况说明', en: 'A failed item needs a note' },
  'inspection.severityRequired': { zh: '不合格项须选择隐患等级', en: 'A failed item needs a severity' },
  'inspection.duplicateItem': { zh: '检查项 {code} 填写了两次', en: 'Item {code} appears twice' },
  'inspection.nothingChecked': { zh: '复查至少要核查一项隐患', en: 'A re-inspection must check at least one hazard' },
  'inspection.missingItems': {
    zh: '还有 {count} 项未检查：{codes}',
    en: '{count} items were not checked: {codes}',
  },
  'inspection.unknownItem': {
    zh: '检查项 {code} 不适用于该房屋或不在规则版本 {version} 中',
    en: 'Item {code} does not apply to this property or is not in rule set {version}',
  },
  'inspection.future': { zh: '检查日期不能晚于今天', en: 'The inspection date cannot be in the future' },
  'inspection.deadlineBeforeInspection': {
    zh: '整改期限不能早于检查日期',
    en: 'The deadline cannot be before the inspection date',
  },
  'inspection.unknownRoom': { zh: '所选房间不属于该房屋', en: 'The room does not belong to this property' },
  'inspection.unknownHazard': { zh: '隐患 {id} 不是该房屋的未整改隐患', en: 'Hazard {id} is not an open hazard of this property' },
  'inspection.uncheckedHazards': {
    zh: '复查须对每项未整改隐患给出结论，还差 {count} 项',
    en: 'A re-inspection must decide every open hazard; {count} left',
  },
  'inspection.notFound': { zh: '没有找到该检查记录', en: 'The inspection was not found' },
  'photo.unknown': { zh: '照片不存在，请重新上传', en: 'The photo is missing; upload it again' },
  'photo.type': { zh: '照片须为 JPEG、PNG 或 WebP 格式', en: 'Photos must be JPEG, PNG or WebP' },
  'photo.tooLarge': { zh: '照片不能超过 8 MB', en: 'A photo may be at most 8 MB' },
  'photo.notImage': { zh: '文件内容不是所声明的图片格式', en: 'The file is not the image type it claims to be' },
} satisfies MessageTable;
