import { Button, Card, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';

type Done = ProcedureOutput<'walkIns.register'>;

/** What was saved, and the clerk's next move: print, open, another property, the next landlord. */
export function WalkInDone({ done, onSameLandlord, onNext }: { done: Done; onSameLandlord: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  const d = (k: string) => t(`walkIn.done.${k}`);
  return (
    <Card>
      <Result
        status="success"
        title={d('title')}
        subTitle={
          <span data-testid="walkin-done">
            {t('walkIn.done.subtitle', {
              landlord: done.landlord.name,
              address: done.property.address,
              rooms: done.property.rooms.length,
              date: done.firstInspection.dueOn,
            })}
          </span>
        }
        extra={
          <Space wrap>
            <Button type="primary" autoFocus onClick={onNext}>
              {d('nextLandlord')}
            </Button>
            <Button onClick={onSameLandlord}>{d('sameLandlord')}</Button>
            <Button onClick={() => (window.location.hash = `#/letter?property=${done.property.id}`)}>{d('printLetter')}</Button>
            <Button onClick={() => (window.location.hash = `#/properties?id=${done.property.id}`)}>{d('openProperty')}</Button>
          </Space>
        }
      />
    </Card>
  );
}
