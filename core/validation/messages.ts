import type { MessageTable } from '../i18n/types';

/** Why a number or region was refused, in words a desk clerk can act on. */
export const validationMessages = {
  'idNumber.length': {
    zh: '身份证号码应为18位，请核对是否多输或漏输',
    en: 'A resident ID number has 18 characters; please check for missing or extra characters',
  },
  'idNumber.characters': {
    zh: '身份证号码只能是数字，最后一位可以是字母 X',
    en: 'A resident ID number contains only digits; the last character may be the letter X',
  },
  'idNumber.province': {
    zh: '身份证号码前两位不是有效的省份代码，请核对',
    en: 'The first two digits of the ID number are not a valid province code; please check them',
  },
  'idNumber.birthDate': {
    zh: '身份证号码中的出生日期（第7到14位）不是有效日期，请核对',
    en: 'The date of birth in the ID number (characters 7 to 14) is not a valid date; please check it',
  },
  'idNumber.futureBirthDate': {
    zh: '身份证号码中的出生日期晚于今天，请核对',
    en: 'The date of birth in the ID number is later than today; please check it',
  },
  'idNumber.checksum': {
    zh: '身份证号码校验位不正确，请核对最后一位',
    en: 'The ID number check character is wrong; please check the last character',
  },
  'idNumber.passport': {
    zh: '护照号码应为5到17位字母或数字',
    en: 'A passport number has 5 to 17 letters or digits',
  },
  'idNumber.hkMacau': {
    zh: '港澳居民来往内地通行证号码应为字母 H 或 M 开头，后面是8位或10位数字',
    en: 'A Mainland Travel Permit for Hong Kong and Macao Residents starts with H or M followed by 8 or 10 digits',
  },
  'idNumber.taiwan': {
    zh: '台湾居民来往大陆通行证号码应为8位或10位数字',
    en: 'A Mainland Travel Permit for Taiwan Residents has 8 or 10 digits',
  },
  'idNumber.foreignPermanent': {
    zh: '外国人永久居留身份证号码应为3个字母加12位数字，或以9开头的18位号码',
    en: 'A Foreign Permanent Resident ID Card number is 3 letters and 12 digits, or 18 characters starting with 9',
  },
  'mobile.invalid': {
    zh: '手机号码应为1开头的11位数字，请核对',
    en: 'A mobile number has 11 digits starting with 1; please check it',
  },
  'creditCode.length': {
    zh: '统一社会信用代码应为18位，请核对是否多输或漏输',
    en: 'A unified social credit code has 18 characters; please check for missing or extra characters',
  },
  'creditCode.characters': {
    zh: '统一社会信用代码中有不该出现的字符，请对照营业执照核对（代码里没有字母 I、O、Z、S、V）',
    en:
      'The unified social credit code contains a character it cannot have; please ' +
      'compare it with the business licence (it never contains I, O, Z, S or V)',
  },
  'creditCode.division': {
    zh: '统一社会信用代码第3到8位应为地区代码（6位数字），请核对',
    en: 'Characters 3 to 8 of the unified social credit code must be a 6-digit region code; please check them',
  },
  'creditCode.checkDigit': {
    zh: '统一社会信用代码最后一位校验不通过，请对照营业执照再核对一遍；如果与执照一致，可以继续保存',
    en:
      'The last character of the unified social credit code does not check out; please ' +
      'compare it with the business licence again. If it matches the licence, you may save it',
  },
  'region.unknown': {
    zh: '没有找到这个地区，请从列表中选择',
    en: 'This region was not found; please choose one from the list',
  },
  'origin.unknown': {
    zh: '没有找到这个籍贯地区，请从列表中选择',
    en: 'This place of origin was not found; please choose one from the list',
  },
} satisfies MessageTable;

export type ValidationMessageKey = keyof typeof validationMessages;
