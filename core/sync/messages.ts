import type { MessageTable } from '../i18n/types';

/**
 * What the platform says about a change it could not apply, and about a
 * request it refused: the reason reaches the clerk (on the entity and the sync
 * page) and the city's IT officer (the platform's log and admin commands).
 */
export const syncMessages = {
  // Why one change was rejected (it still counts as processed: the desk's queue never blocks).
  'sync.reason.unknownEntity': {
    zh: '平台不认识这类记录（{entity}），修改未生效',
    en: 'The platform does not know this kind of record ({entity}); the change was not applied',
  },
  'sync.reason.badFields': {
    zh: '修改的内容平台无法识别（{fields}），修改未生效',
    en: 'The platform cannot read this change ({fields}); it was not applied',
  },
  'sync.reason.outsideRegion': {
    zh: '该房屋不在本服务台负责的区域内，修改未生效',
    en: "The property is outside this desk's region; the change was not applied",
  },
  'sync.reason.propertyClosed': {
    zh: '房屋已被市平台查封，修改未生效',
    en: 'The property was closed by the city platform; the change was not applied',
  },
  'sync.reason.cityAuthority': {
    zh: '查封与解除查封由市平台决定，修改未生效',
    en: 'Closing and reopening are decided by the city platform; the change was not applied',
  },
  'sync.reason.unknownReference': {
    zh: '平台上没有这条修改所依据的记录（{entity} {id}），修改未生效',
    en: 'The platform has no record this change refers to ({entity} {id}); it was not applied',
  },
  'sync.reason.unknownRow': {
    zh: '平台上没有要修改的记录，修改未生效',
    en: 'The platform has no such record to change; the change was not applied',
  },
  'sync.reason.exists': {
    zh: '平台上已有同一编号的记录，未重复登记',
    en: 'The platform already has a record with this id; it was not created twice',
  },
  'sync.reason.serialTaken': {
    zh: '合格证明编号 {serial} 已被其他服务台使用，请重新签发',
    en: 'Certificate serial {serial} is already used by another desk; issue the certificate again',
  },
  'sync.reason.conflictAnswered': {
    zh: '该冲突已有处理结果，未重复处理',
    en: 'This conflict was answered already; the answer was not changed',
  },
  'sync.reason.notOwner': {
    zh: '该记录由其他服务台登记，本服务台不能修改',
    en: 'Another desk registered this record; this desk may not change it',
  },

  // Why a whole request was refused: nothing of it was applied.
  'sync.error.badJson': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'sync.error.contentType': {
    zh: '请求内容类型应为 application/json',
    en: 'The request must be sent as application/json',
  },
  'sync.error.validation': { zh: '请求格式不正确：{issues}', en: 'The request is not well formed: {issues}' },
  'sync.error.unauthenticated': {
    zh: '服务台未接入平台或凭证无效，请联系管理员重新接入平台',
    en: 'The desk is not enrolled or its credential is not valid; ask the administrator to enrol it again',
  },
  'sync.error.revoked': {
    zh: '本服务台已被市平台停用，请联系管理员',
    en: 'This desk was revoked by the city platform; call the administrator',
  },
  'sync.error.codeInvalid': {
    zh: '接入码无效、已使用或已过期，请向市平台管理员索取新的接入码',
    en: 'The enrolment code is not valid, was used already or has expired; ask the platform administrator for a new one',
  },
  'sync.error.regionMismatch': {
    zh: '接入码属于区域 {code}，而本服务台负责 {desk}；接入码未使用，请向市平台管理员索取本区域的接入码',
    en: 'The enrolment code is for region {code} but this desk serves {desk}; the code was not used — ask for one for this region',
  },
  'sync.error.deskTaken': {
    zh: '该服务台编号已在其他区域接入平台',
    en: 'A desk with this id is enrolled already, in another region',
  },
  'sync.error.forged': {
    zh: '修改记录中的服务台编号与本服务台不符，已拒绝',
    en: "A change names another desk than the caller's; refused",
  },
  'sync.error.schema': {
    zh: '服务台的数据版本 {version} 平台不支持（支持 {min} 至 {max}），请更新程序',
    en: 'The platform does not speak desk schema version {version} (it speaks {min} to {max}); update the desk',
  },
  'sync.error.tooLarge': {
    zh: '一次上传的内容太多（最多 {maxChanges} 条、{maxBytes} 字节），请分批上传',
    en: 'The push is too large (at most {maxChanges} changes and {maxBytes} bytes); send it in batches',
  },
  'sync.error.gap': {
    zh: '上传的修改序号不连续：平台需要从第 {expected} 条开始',
    en: 'The push skips changes: the platform expects sequence {expected} next',
  },
  'sync.error.epoch': {
    zh: '市平台已从备份恢复，需要重新上传并重新下载',
    en: 'The platform was restored from a backup: re-send and pull again',
  },
  'sync.error.notFound': { zh: '没有这个接口', en: 'No such endpoint' },
  'sync.error.internal': {
    zh: '平台内部错误，本次请求未生效，请稍后重试',
    en: 'Internal platform error: nothing of this request was applied; try again later',
  },
} satisfies MessageTable;
