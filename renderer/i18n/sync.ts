import type { MessageTable } from '../../core/i18n/types';

/**
 * The sync page and the header's sync badge. The states, errors, alerts,
 * refusals and kinds of record are core's (`sync.state.*`, `sync.error.*`,
 * `sync.entity.*` in core/sync/desk-messages.ts): only what core has no words
 * for is here, under `syncPage.`.
 */
export const syncTexts = {
  'syncPage.nav': { zh: '同步设置', en: 'Sync' },

  // The header's short words for the states whose full message (core's) is a sentence.
  'syncPage.badge.error': { zh: '同步异常', en: 'Sync problem' },
  'syncPage.badge.stopped': { zh: '同步已停止', en: 'Sync stopped' },
  'syncPage.badge.halted': { zh: '同步已暂停，待站长核实', en: 'Sync paused: a supervisor should check' },
  'syncPage.badge.open': { zh: '打开同步设置', en: 'Open the sync page' },
  'syncPage.badge.conflicts': { zh: '{count} 个冲突待处理', en: '{count} conflicts to answer' },
  'syncPage.phase.push': { zh: '上传', en: 'uploading' },
  'syncPage.phase.pull': { zh: '下载', en: 'downloading' },
  'syncPage.phase.resync': { zh: '重新同步', en: 'syncing again' },
  'syncPage.progress': { zh: '{phase} {done}/{total}', en: '{phase} {done}/{total}' },
  'syncPage.progressOpen': { zh: '{phase} {done} 条', en: '{phase} {done}' },

  'syncPage.tab.status': { zh: '状态', en: 'Status' },
  'syncPage.tab.rejections': { zh: '被退回的修改', en: 'Rejected changes' },
  'syncPage.tab.conflicts': { zh: '冲突', en: 'Conflicts' },
  'syncPage.tab.parked': { zh: '暂存', en: 'Kept aside' },
  'syncPage.tab.enrol': { zh: '接入平台', en: 'Enrolment' },

  // Status.
  'syncPage.status.state': { zh: '同步状态', en: 'State' },
  'syncPage.status.platform': { zh: '市平台', en: 'City platform' },
  'syncPage.status.url': { zh: '市平台地址', en: 'Platform address' },
  'syncPage.status.deskCode': { zh: '服务台编号', en: 'Desk code' },
  'syncPage.status.deskId': { zh: '服务台标识', en: 'Desk id' },
  'syncPage.status.region': { zh: '负责区域', en: 'Region' },
  'syncPage.status.enrolledAt': { zh: '接入时间', en: 'Enrolled' },
  'syncPage.status.pending': { zh: '待上传', en: 'Waiting to upload' },
  'syncPage.status.pendingCount': { zh: '{count} 条', en: '{count}' },
  'syncPage.status.oldestPending': { zh: '（最早一条 {time}）', en: ' (oldest {time})' },
  'syncPage.status.lastSuccess': { zh: '上次成功同步', en: 'Last synced' },
  'syncPage.status.lastAttempt': { zh: '上次尝试', en: 'Last attempt' },
  'syncPage.status.lastError': { zh: '上次错误', en: 'Last error' },
  'syncPage.status.reconcile': { zh: '与市平台核对', en: 'Check against the platform' },
  'syncPage.status.reconcileSame': { zh: '{time} 核对一致', en: '{time}: the same' },
  'syncPage.status.reconcileDiff': {
    zh: '{entity}：本台 {desk} 条，平台 {platform} 条',
    en: '{entity}: {desk} on this desk, {platform} on the platform',
  },
  'syncPage.status.offline': {
    zh: '本服务台尚未接入市平台：登记只保存在本机。请管理员在“接入平台”中用市平台提供的接入码接入。',
    en:
      'This desk is not enrolled with the city platform: the register stays on this computer. ' +
      'The administrator enrols it under "Enrolment".',
  },
  'syncPage.now': { zh: '立即同步', en: 'Sync now' },
  'syncPage.nowDone': { zh: '同步结束：{state}', en: 'Sync ended: {state}' },
  'syncPage.halt.resume': { zh: '核实无误，继续同步', en: 'Checked: continue syncing' },
  'syncPage.halt.confirm': { zh: '确认已与市平台核实，继续同步？', en: 'Checked with the city platform: continue syncing?' },
  'syncPage.halt.confirmBody': {
    zh: '继续后，本次同步将按市平台的数据修改本服务台的登记簿。',
    en: "Once continued, this sync changes this desk's register as the platform says.",
  },
  'syncPage.halt.since': { zh: '暂停于 {time}', en: 'Paused at {time}' },
  'syncPage.halt.waitSupervisor': { zh: '请站长核实后继续同步。', en: 'A supervisor checks and continues the sync.' },

  // Rejected changes.
  'syncPage.rejection.label': { zh: '记录', en: 'Record' },
  'syncPage.rejection.entity': { zh: '类别', en: 'Kind' },
  'syncPage.rejection.fields': { zh: '修改的内容', en: 'What changed' },
  'syncPage.rejection.reason': { zh: '退回原因', en: 'Reason' },
  'syncPage.rejection.by': { zh: '经办人', en: 'Changed by' },
  'syncPage.rejection.at': { zh: '修改时间', en: 'Changed at' },
  'syncPage.rejection.none': { zh: '没有被市平台退回的修改', en: 'The platform rejected no change' },
  'syncPage.rejection.noReason': { zh: '市平台未采用此修改', en: 'The platform did not apply this change' },
  'syncPage.rejection.note': {
    zh: '{by}于 {time} 的修改（{fields}）未被市平台采用',
    en: 'The change by {by} at {time} ({fields}) was not applied by the city platform',
  },
  'syncPage.rejection.someone': { zh: '本服务台', en: 'this desk' },

  // Conflicts.
  'syncPage.conflict.show.open': { zh: '待处理', en: 'To answer' },
  'syncPage.conflict.show.done': { zh: '已处理', en: 'Answered' },
  'syncPage.conflict.field': { zh: '内容', en: 'Field' },
  'syncPage.conflict.desk': { zh: '本台的值', en: "This desk's value" },
  'syncPage.conflict.platform': { zh: '平台的值', en: "The platform's value" },
  'syncPage.conflict.deskSide': { zh: '本台：{clerk}，{time}', en: 'This desk: {clerk}, {time}' },
  'syncPage.conflict.platformSide': { zh: '平台：{desk} {clerk}，{time}', en: 'Platform: {desk} {clerk}, {time}' },
  'syncPage.conflict.accept': { zh: '采用平台的值', en: "Take the platform's value" },
  'syncPage.conflict.resubmit': { zh: '重新提交本台的值', en: "Send this desk's value again" },
  'syncPage.conflict.escalate': { zh: '上报市平台', en: 'Refer to the city' },
  'syncPage.conflict.note': { zh: '情况说明（至少 4 个字）', en: 'What the city should know (4 characters or more)' },
  'syncPage.conflict.answer.open': { zh: '待处理', en: 'To answer' },
  'syncPage.conflict.answer.accepted': { zh: '已采用平台的值', en: "Platform's value taken" },
  'syncPage.conflict.answer.resubmitted': { zh: '已重新提交本台的值', en: "Desk's value sent again" },
  'syncPage.conflict.answer.escalated': { zh: '已上报市平台', en: 'Referred to the city' },
  'syncPage.conflict.answeredBy': { zh: '{name}于 {time} 处理', en: 'Answered by {name} at {time}' },
  'syncPage.conflict.none': { zh: '没有待处理的冲突', en: 'No conflict to answer' },
  'syncPage.conflict.noneDone': { zh: '还没有处理过的冲突', en: 'No conflict answered yet' },
  'syncPage.conflict.done': { zh: '已处理该冲突', en: 'The conflict is answered' },
  'syncPage.conflict.unknown': { zh: '未知', en: 'unknown' },

  // Kept aside.
  'syncPage.parked.entity': { zh: '类别', en: 'Kind' },
  'syncPage.parked.id': { zh: '记录标识', en: 'Record id' },
  'syncPage.parked.reason': { zh: '原因', en: 'Why' },
  'syncPage.parked.at': { zh: '暂存时间', en: 'Kept since' },
  'syncPage.parked.attempts': { zh: '尝试次数', en: 'Attempts' },
  'syncPage.parked.none': { zh: '没有暂存的修改', en: 'Nothing is kept aside' },

  // Enrolment and leaving.
  'syncPage.enrol.intro': {
    zh: '填写市平台管理员提供的平台地址和一次性接入码。接入后，本服务台的登记将与市平台同步。',
    en:
      'Enter the address and the one-time code the city platform’s administrator gave you. ' +
      'Once enrolled, this desk’s register syncs with the city.',
  },
  'syncPage.enrol.url': { zh: '市平台地址', en: 'Platform address' },
  'syncPage.enrol.code': { zh: '接入码', en: 'Enrolment code' },
  'syncPage.enrol.submit': { zh: '接入平台', en: 'Enrol' },
  'syncPage.enrol.done': { zh: '已接入市平台（{region}）', en: 'Enrolled with the city platform ({region})' },
  'syncPage.settings.alertBefore': { zh: '超过', en: 'Alert after' },
  'syncPage.settings.alertAfter': { zh: '小时未同步时提醒', en: 'hours without syncing' },
  'syncPage.settings.alertLabel': { zh: '超过多少小时未同步时提醒', en: 'Alert after how many hours without syncing' },
  'syncPage.leave': { zh: '退出平台', en: 'Leave the platform' },
  'syncPage.leave.confirm': { zh: '确定退出市平台？', en: 'Leave the city platform?' },
  'syncPage.leave.done': { zh: '已退出市平台', en: 'Left the city platform' },
} as const satisfies MessageTable;
