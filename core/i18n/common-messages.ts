import type { MessageTable } from './types';

/** Messages of the transports, sessions and generic field checks. */
export const commonMessages = {
  'error.validation': { zh: '填写的内容有误，请按提示修改', en: 'Some entries need correcting' },
  'error.unauthenticated': { zh: '请先登录', en: 'Please log in first' },
  'error.forbidden': { zh: '您的账号没有执行此操作的权限', en: 'Your account may not do this' },
  'error.notFound': { zh: '没有找到要操作的记录', en: 'The record was not found' },
  'error.internal': {
    zh: '系统内部错误，操作未完成，请重试或联系管理员',
    en: 'Internal error: nothing was saved. Try again or call the administrator',
  },
  'error.backendLost': {
    zh: '服务台后台程序意外中止，刚才的操作可能已保存也可能没有保存，请刷新后核对再继续',
    en: "The desk's backend stopped in the middle of this; it may or may not have been saved. Reload and check before trying again",
  },
  'error.backendStopped': {
    zh: '服务台后台意外停止，无法继续工作。请重新打开本程序，并检查最后一项操作是否已保存',
    en: "The desk's backend stopped unexpectedly and cannot go on. Reopen the app and check whether your last change was saved",
  },
  'error.crossSite': {
    zh: '请求缺少服务台标记，已拒绝',
    en: 'The request lacks the desk header and was refused',
  },
  'error.unknownProcedure': { zh: '未知的操作：{name}', en: 'Unknown operation: {name}' },
  'error.tooLarge': { zh: '上传的内容太大', en: 'The upload is too large' },
  'error.badJson': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'error.duplicate': {
    zh: '同样的记录已经存在，未重复保存',
    en: 'The same record already exists; nothing was saved twice',
  },
  'error.busy': {
    zh: '登记簿正忙，请稍后再试',
    en: 'The register is busy; try again in a moment',
  },
  'error.versionMismatch': {
    zh: '该记录已被他人修改，请刷新后再改',
    en: 'Someone else changed this record; reload it and try again',
  },

  'field.required': { zh: '此项必填', en: 'Required' },
  'field.invalidType': { zh: '格式不正确', en: 'Wrong format' },
  'field.tooShort': { zh: '至少需要 {min} 个字符', en: 'At least {min} characters' },
  'field.tooLong': { zh: '最多 {max} 个字符', en: 'At most {max} characters' },
  'field.tooSmall': { zh: '不能小于 {min}', en: 'Must be at least {min}' },
  'field.tooBig': { zh: '不能大于 {max}', en: 'Must be at most {max}' },
  'field.notInteger': { zh: '请填写整数', en: 'Enter a whole number' },
  'field.invalidOption': { zh: '请从列表中选择', en: 'Choose one of the options' },
  'field.invalidDate': { zh: '日期格式应为 年-月-日', en: 'Use the date format YYYY-MM-DD' },
  'field.unknownField': { zh: '不认识的字段', en: 'Unknown field' },
  'field.listTooShort': { zh: '至少需要 {min} 项', en: 'At least {min} entries' },
  'field.listTooLong': { zh: '最多 {max} 项', en: 'At most {max} entries' },

  'setup.alreadyInitialized': {
    zh: '本服务台已完成初始化，不能再次初始化',
    en: 'This desk is already set up',
  },
  'setup.notInitialized': { zh: '服务台尚未初始化', en: 'The desk is not set up yet' },
  'setup.passwordsDiffer': { zh: '两次输入的密码不一致', en: 'The passwords do not match' },
  'password.tooShort': { zh: '密码至少 8 位', en: 'The password needs at least 8 characters' },
  'username.format': {
    zh: '用户名只能用字母、数字、下划线，3 到 32 位',
    en: 'Username: 3 to 32 letters, digits or underscores',
  },
  'session.badCredentials': { zh: '用户名或密码不正确', en: 'Wrong username or password' },
  'session.locked': {
    zh: '登录失败次数过多，账号已锁定，请在 {until} 后再试',
    en: 'Too many failed logins: the account is locked until {until}',
  },
  'session.expired': { zh: '登录已过期，请重新登录', en: 'Your session has expired; please log in again' },
  'clerk.usernameTaken': { zh: '该用户名已被使用', en: 'That username is taken' },
  'clerk.cannotDisableSelf': { zh: '不能停用自己的账号', en: 'You cannot switch off your own account' },
  'session.disabled': { zh: '该账号已停用', en: 'This account is disabled' },
} satisfies MessageTable;
