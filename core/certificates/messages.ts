import type { MessageTable } from '../i18n/types';

/** Refusals, verdicts and void reasons of certificates and desk keys, in both languages. */
export const certificateMessages = {
  'certificate.notCompliant': {
    zh: '该房屋消防状态为“{status}”，不能签发合格证明：{reasons}',
    en: 'The property is "{status}", so no certificate can be issued: {reasons}',
  },
  'certificate.noRooms': {
    zh: '该房屋没有可以住人的房间，不能签发合格证明',
    en: 'The property has no room anyone may live in, so no certificate can be issued',
  },
  'certificate.alreadyValid': {
    zh: '该房屋已有有效的合格证明 {serial}，如需再打印请使用“补打”',
    en: 'The property already has a valid certificate {serial}; reprint it instead',
  },
  'certificate.notFound': { zh: '没有找到该合格证明', en: 'The certificate was not found' },
  'certificate.alreadyVoid': { zh: '该合格证明已作废', en: 'The certificate is already void' },
  'certificate.voidNoPrint': {
    zh: '已作废的合格证明不能打印',
    en: 'A void certificate cannot be printed',
  },
  'certificate.reasonReserved': {
    zh: '作废原因不能以“auto:”开头（系统自动作废专用）',
    en: 'A reason may not start with "auto:" (kept for automatic voids)',
  },
  'certificate.reasonRequired': { zh: '作废须填写原因（至少 4 个字）', en: 'Give a reason for voiding (at least 4 characters)' },
  'certificate.keyMissing': {
    zh: '本服务台的签名密钥丢失，不能签发合格证明。请管理员从备份恢复数据文件夹中的 keys 目录',
    en:
      "This desk's signing key is missing, so no certificate can be issued. " +
      'Ask the administrator to restore the keys folder from a backup',
  },
  'certificate.keyProtected': {
    zh: '本服务台的签名密钥已由桌面程序加密保护，请在桌面程序中签发合格证明',
    en: "This desk's signing key is protected by the desktop app; issue certificates there",
  },
  'certificate.keyUnreadable': {
    zh: '本机无法解开本服务台的签名密钥（系统账户或钥匙串已更换？），不能签发合格证明。请联系管理员',
    en:
      "This computer cannot open the desk's signing key (a changed OS account " +
      'or keychain?), so no certificate can be issued. Call the administrator',
  },
  'certificate.keyMismatch': {
    zh: '签名密钥与本服务台登记的公钥不一致，已停止签发，请联系管理员',
    en: "The signing key does not match the desk's registered public key; issuing is stopped. Call the administrator",
  },

  'certificate.verdict.valid': {
    zh: '有效：证明真实，在有效期内（至 {validUntil}）',
    en: 'Valid: genuine and in force until {validUntil}',
  },
  'certificate.verdict.tampered': {
    zh: '无效：内容被改动或二维码损坏，签名核验不通过',
    en: 'Not valid: the content was altered or the code is damaged; the signature does not check out',
  },
  'certificate.verdict.unknownDesk': {
    zh: '无法核验：未导入签发服务台（{deskId}）的公钥',
    en: 'Cannot verify: the public key of the issuing desk ({deskId}) has not been imported',
  },
  'certificate.verdict.void': { zh: '已作废：{reason}', en: 'Void: {reason}' },
  'certificate.verdict.expired': { zh: '已过期：有效期至 {validUntil}', en: 'Expired: it was valid until {validUntil}' },
  'certificate.verdict.unreadable': {
    zh: '这不是出租房屋消防安全检查合格证明的二维码内容',
    en: 'This is not the code of a rental fire-safety certificate',
  },

  'certificate.voidReason.auto:rectifying': {
    zh: '房屋检查发现隐患，限期整改中，证明自动作废',
    en: 'Hazards were found and must be rectified; voided automatically',
  },
  'certificate.voidReason.auto:overdue': {
    zh: '房屋隐患逾期未整改，证明自动作废',
    en: 'Hazards are overdue for rectification; voided automatically',
  },
  'certificate.voidReason.auto:expired': { zh: '检查合格已过有效期，证明自动作废', en: 'The pass expired; voided automatically' },
  'certificate.voidReason.auto:superseded': {
    zh: '房屋经新一次检查合格，已换发新证明，本证明作废',
    en: 'Replaced by a new certificate after a later passed inspection',
  },
  'certificate.voidReason.auto:closed': {
    zh: '房屋已被查封关停，证明自动作废',
    en: 'The property was closed by order; voided automatically',
  },
  'certificate.voidReason.auto:uninspected': {
    zh: '房屋不再具备有效检查记录，证明自动作废',
    en: 'The property no longer has a valid inspection; voided automatically',
  },
  'certificate.voidReason.manual': { zh: '经站长作废，原因：{reason}', en: 'Voided by a supervisor: {reason}' },

  'keys.notKeyFile': {
    zh: '文件不是服务台公钥文件（应为本系统导出的 .json 文件）',
    en: 'The file is not a desk public key file (a .json exported by this system)',
  },
  'keys.badKey': { zh: '公钥文件中的密钥无效', en: 'The key in the file is not a valid public key' },
  'keys.ownDesk': { zh: '这是本服务台自己的公钥，无需导入', en: "This is this desk's own key; there is nothing to import" },
  'keys.differentKey': {
    zh: '已导入过服务台“{name}”的另一把公钥（指纹 {fingerprint}）。确认对方更换了密钥后，勾选“替换”再导入',
    en:
      'A different key of desk "{name}" was imported before (fingerprint {fingerprint}). ' +
      'If that desk really changed its key, tick "replace" and import again',
  },
} satisfies MessageTable;

/** A stored void reason as a message: automatic ones have texts; a supervisor's reason is shown as written. */
export function voidReasonRef(reason: string): { key: string; params?: Record<string, string> } {
  const key = `certificate.voidReason.${reason}`;
  if (key in certificateMessages) return { key };
  return { key: 'certificate.voidReason.manual', params: { reason } };
}
