import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../core/api/contract';
import { useLocal } from '../i18n/say';

export type Rejection = ProcedureOutput<'sync.rejections'>['items'][number];

/** How a rejected or conflicting change reads: the platform's reason (sent in both languages), the fields by the register's own names. */
export function useRejectionWords() {
  const { t, i18n } = useTranslation();
  const local = useLocal();
  const field = useCallback((f: string) => (i18n.exists(`register.fields.${f}`) ? t(`register.fields.${f}`) : f), [t, i18n]);
  const fields = useCallback((r: Rejection) => r.fields.map(field).join('、') || '—', [field]);
  const reason = useCallback((r: Rejection) => (r.reason ? local(r.reason.message) : t('syncPage.rejection.noReason')), [local, t]);
  /** A kind of record by core's name; one this version does not know by its own. */
  const entity = useCallback((e: string) => t(`sync.entity.${e}`, { defaultValue: e }), [t]);
  return { field, fields, reason, entity };
}
