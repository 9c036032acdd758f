import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { showIssues } from '../../forms/issues';

/**
 * What a refused save tells the clerk: someone else saved first (reload and
 * say so), or field issues beside their fields, or the message in a banner.
 * Returns banner lines; `reload` is called on a version conflict.
 */
export function refusalOf(e: unknown, form: FormInstance, t: TFunction, reload: () => void): string[] {
  if (!(e instanceof ApiError)) throw e;
  const details = e.details as { currentVersion?: number } | undefined;
  if (e.code === 'CONFLICT' && details?.currentVersion !== undefined) {
    reload();
    return [t('register.conflict')];
  }
  return e.issues.length ? showIssues(form, e.issues) : [e.message];
}
