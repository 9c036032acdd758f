import { Card, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HazardRecord } from '../../../core/schemas/inspection';
import { invoke } from '../../api/client';
import { HazardTable } from '../../components/HazardTable';

export function HazardsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<'open' | 'overdue' | 'all'>('open');
  const [hazards, setHazards] = useState<HazardRecord[]>([]);
  useEffect(() => {
    void invoke('hazards.list', { state }).then((r) => setHazards(r.hazards));
  }, [state]);
  return (
    <Card
      title={t('inspections.hazards.title')}
      extra={
        <Segmented
          value={state}
          onChange={(v) => setState(v as typeof state)}
          options={(['open', 'overdue', 'all'] as const).map((s) => ({ value: s, label: t(`inspections.hazards.state.${s}`) }))}
        />
      }
    >
      <HazardTable hazards={hazards} />
    </Card>
  );
}
