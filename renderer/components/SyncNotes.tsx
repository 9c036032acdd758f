import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../core/dates';
import { useProcedure } from '../api/queries';
import { useRejectionWords } from './rejection-words';

/** notesFor takes at most this many ids: a property's own rooms fit many times over. */
const MAX_IDS = 200;

/**
 * The platform's rejections of changes to these records (a property and its
 * rooms), shown where the clerk looks at them: otherwise a clerk would think
 * an edit the city refused (a closed property, another desk's record) stands.
 * Nothing at all when there are none, or when the clerk may not read the register.
 */
export function SyncNotes({ ids, canRead }: { ids: string[]; canRead: boolean }) {
  const { t } = useTranslation();
  const words = useRejectionWords();
  const notes = useProcedure('sync.notesFor', canRead && ids.length > 0 ? { ids: ids.slice(0, MAX_IDS) } : null);
  // A failed read of the notes must not hide the record it annotates: the sync page shows the same list with its error.
  const items = notes.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {items.map((r) => (
        <Alert
          key={r.seq}
          type="warning"
          showIcon
          data-testid="sync-rejection"
          title={words.reason(r)}
          description={t('syncPage.rejection.note', {
            by: r.clerkName ?? t('syncPage.rejection.someone'),
            time: chinaDateTime(r.at),
            fields: `${r.label ? `${r.label}：` : ''}${words.fields(r)}`,
          })}
        />
      ))}
    </Space>
  );
}
