import type { MessageTable } from '../i18n/types';

/**
 * What the desk says about its sync: the header's state, the sync page's
 * errors and alerts, enrolment refusals, parked changes, the conflict inbox.
 * Plain words: a clerk reads them, and the IT officer reads them over the phone.
 */
export const deskSyncMessages = {
  // The header, always visible.
  'sync.state.offline': { zh: '未接入市平台', en: 'Not enrolled with the city platform' },
  'sync.state.never': { zh: '尚未同步', en: 'Not synced yet' },
  'sync.state.synced': { zh: '已同步（{time}）', en: 'Synced ({time})' },
  'sync.state.pending': { zh: '待上传 {count} 条', en: '{count} waiting to upload' },
  'sync.state.error': { zh: '同步异常：{reason}', en: 'Sync problem: {reason}' },
  'sync.state.running': { zh: '正在同步…', en: 'Syncing…' },

  // Why a run failed: the sync page's "last error", in plain words.
  'sync.error.network': {
    zh: '无法连接市平台（{detail}），将自动重试',
    en: 'Cannot reach the city platform ({detail}); retrying automatically',
  },
  'sync.error.timeout': { zh: '市平台长时间没有回应，将自动重试', en: 'The city platform did not answer in time; retrying automatically' },
  'sync.error.server': {
    zh: '市平台暂时无法处理（HTTP {status}），将自动重试',
    en: 'The city platform could not handle the request (HTTP {status}); retrying automatically',
  },
  'sync.error.reauth': {
    zh: '市平台不再接受本服务台的凭证：请联系管理员重新接入平台（{message}）',
    en: "The city platform no longer accepts this desk's credential: ask the administrator to enrol it again ({message})",
  },
  'sync.error.noCredential': {
    zh: '本服务台的平台凭证不见了：请联系管理员重新接入平台',
    en: "This desk's platform credential is missing: ask the administrator to enrol it again",
  },
  'sync.error.refused': { zh: '市平台拒绝了请求：{message}', en: 'The city platform refused the request: {message}' },
  'sync.error.badReply': {
    zh: '市平台的回复无法识别，未予采用，将自动重试',
    en: "The city platform's reply could not be read and was not used; retrying automatically",
  },
  'sync.error.cursorBackwards': {
    zh: '市平台返回的同步位置（{got}）早于本服务台已有的（{held}），已拒绝该回复',
    en: 'The platform sent a position ({got}) earlier than the one this desk holds ({held}); the reply was refused',
  },
  'sync.error.ackBackwards': {
    zh: '市平台确认的序号（{got}）小于已确认的（{held}），已拒绝该回复',
    en: 'The platform acknowledged up to {got}, less than the {held} already acknowledged; the reply was refused',
  },
  'sync.error.sequenceClash': {
    zh: '市平台记录的第 {seq} 条修改与本服务台的不是同一条，同步已停止，请联系管理员',
    en: "The platform's change number {seq} is not this desk's change {seq}; sync stopped — call the administrator",
  },
  'sync.error.program': {
    zh: '同步时出现程序错误，已记入日志，将自动重试',
    en: 'A program error happened while syncing; it is in the log, and sync retries automatically',
  },
  'sync.error.diskFull': {
    zh: '磁盘已满，收到的数据未能保存，已丢弃该页并将重试；请清理磁盘',
    en: 'The disk is full: the page received could not be saved and will be fetched again — free some space',
  },

  // The fail-safe: stops, and waits for a supervisor.
  'sync.halt.emptyScope': {
    zh: '市平台返回的本区域数据为空，而本服务台登记有 {held} 处房屋。同步已暂停，未做任何修改，请站长核实平台地址',
    en:
      'The platform sent nothing for this region while this desk holds {held} properties. ' +
      'Sync is paused and nothing was changed: a supervisor should check the platform',
  },
  'sync.halt.massClosure': {
    zh: '本次同步将把 {closures} 处房屋改为查封（本服务台在用 {open} 处）。同步已暂停，未做任何修改，请站长核实',
    en:
      'This sync would close {closures} properties (this desk has {open} open). ' +
      'Sync is paused and nothing was changed: a supervisor should check',
  },
  'sync.halt.none': { zh: '同步未暂停', en: 'Sync is not paused' },

  // Changes pulled that the desk keeps aside.
  'sync.parked.entity': {
    zh: '本程序版本不认识这类记录（{entity}），已暂存，更新程序后自动补上',
    en: 'This version does not know this kind of record ({entity}); kept aside and applied after an update',
  },
  'sync.parked.fields': {
    zh: '记录含本程序版本无法识别的内容（{entity}：{fields}），已暂存，更新程序后自动补上',
    en: 'A record has content this version cannot read ({entity}: {fields}); kept aside and applied after an update',
  },
  'sync.parked.missingRow': {
    zh: '尚未收到这条修改所属的记录（{entity}），已暂存，收到后自动补上',
    en: 'The record this change belongs to ({entity}) has not arrived; kept aside until it does',
  },
  'sync.parked.clash': {
    zh: '与本服务台已有的记录重复（{entity}：{columns}），已暂存，请站长核实',
    en: 'Clashes with a record this desk holds ({entity}: {columns}); kept aside for a supervisor',
  },

  // Alerts on the sync page.
  'sync.alert.stale': {
    zh: '有修改等待上传已超过 {hours} 小时，请检查网络或联系管理员',
    en: 'A change has waited more than {hours} hours to upload: check the network or call the administrator',
  },
  'sync.alert.reconcile': {
    zh: '与市平台核对发现不一致（{tables}），已重新同步这些表',
    en: 'Checking against the platform found differences ({tables}); those tables were synced again',
  },
  'sync.alert.unresolved': {
    zh: '重新同步后仍与市平台不一致（{tables}），请联系管理员',
    en: 'Still different from the platform after syncing again ({tables}): call the administrator',
  },
  'sync.alert.parked': { zh: '有 {count} 条收到的修改暂存未用', en: '{count} received changes are kept aside' },
  'sync.alert.conflicts': { zh: '有 {count} 个冲突等待站长处理', en: '{count} conflicts wait for a supervisor' },

  // Enrolment and leaving.
  'sync.enrol.httpsRequired': {
    zh: '市平台地址须以 https:// 开头（仅本机 127.0.0.1 可用 http://）',
    en: 'The platform address must start with https:// (http:// only for 127.0.0.1)',
  },
  'sync.enrol.badUrl': {
    zh: '请输入市平台的网址，例如 https://fgpt.taizhou.gov.cn',
    en: "Enter the platform's address, e.g. https://fgpt.taizhou.gov.cn",
  },
  'sync.enrol.codeFormat': {
    zh: '接入码为 12 位字母数字（如 K7Q2-9XPM-4DHR）',
    en: 'The enrolment code has 12 letters and digits (like K7Q2-9XPM-4DHR)',
  },
  'sync.enrol.already': {
    zh: '本服务台已接入市平台；如需更换，请先退出平台',
    en: 'This desk is enrolled; leave the platform first to change it',
  },
  'sync.enrol.notEnrolled': { zh: '本服务台尚未接入市平台', en: 'This desk is not enrolled with the city platform' },
  'sync.enrol.unreachable': {
    zh: '无法连接该地址的市平台（{detail}），接入码未使用',
    en: 'Cannot reach a city platform at that address ({detail}); the code was not used',
  },
  'sync.enrol.refused': { zh: '市平台未同意接入：{message}', en: 'The platform did not enrol the desk: {message}' },
  'sync.enrol.confirmLeave': {
    zh: '退出平台后，本服务台的修改将不再上传，市平台的通知也不再收到',
    en: 'After leaving, changes of this desk are no longer uploaded and city notices no longer arrive',
  },
  'sync.settings.hours': { zh: '提醒时限须为 1 至 720 小时', en: 'The alert time must be 1 to 720 hours' },

  // The kinds of record, as the sync page names them.
  'sync.entity.landlords': { zh: '房东', en: 'landlords' },
  'sync.entity.properties': { zh: '房屋', en: 'properties' },
  'sync.entity.rooms': { zh: '房间', en: 'rooms' },
  'sync.entity.scheduledInspections': { zh: '计划检查', en: 'scheduled inspections' },
  'sync.entity.ruleSets': { zh: '检查标准', en: 'checklists' },
  'sync.entity.inspections': { zh: '检查记录', en: 'inspections' },
  'sync.entity.findings': { zh: '检查项', en: 'findings' },
  'sync.entity.hazards': { zh: '隐患', en: 'hazards' },
  'sync.entity.tenants': { zh: '租客', en: 'tenants' },
  'sync.entity.tenancies': { zh: '入住登记', en: 'tenancies' },
  'sync.entity.householdMembers': { zh: '同住人', en: 'household members' },
  'sync.entity.certificates': { zh: '合格证明', en: 'certificates' },
  'sync.entity.desks': { zh: '服务台', en: 'desks' },
  'sync.entity.conflicts': { zh: '冲突处理', en: 'conflict answers' },
  'sync.credentialProtected': {
    zh: '平台凭证由桌面程序加密保存，此处无法读取：请在桌面程序中同步',
    en: 'The desktop app sealed the platform credential and it cannot be read here: sync from the desktop app',
  },

  // The conflict inbox.
  'sync.conflict.notFound': { zh: '没有这个冲突', en: 'No such conflict' },
  'sync.conflict.answered': { zh: '该冲突已处理', en: 'This conflict was answered already' },
  'sync.conflict.noteRequired': {
    zh: '上报市平台须写明情况（至少 4 个字）',
    en: 'Write what the city should know (at least 4 characters)',
  },
  'sync.conflict.rowGone': { zh: '冲突所涉的记录已不在本服务台', en: 'The record of this conflict is no longer on this desk' },
} as const satisfies MessageTable;
