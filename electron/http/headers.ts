/**
 * The content security policy of both hosts (architecture.md check 3). Scripts
 * only from the app itself; antd injects its CSS at run time, so styles also
 * allow inline; images may be data: URLs (QR codes, photos).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src " +
  "'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export const UI_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** The non-simple header every API call must carry: a cross-site form or image cannot send it. */
export const DESK_REQUEST_HEADER = 'x-desk-request';
export const LANG_HEADER = 'x-desk-lang';
export const SESSION_COOKIE = 'desk_session';
