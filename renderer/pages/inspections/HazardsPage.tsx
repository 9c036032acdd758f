import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useProcedure } from '../../api/queries';
import { HazardTable } from '../../components/HazardTable';
import { LoadError } from '../../components/LoadError';

export function HazardsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<'open' | 'overdue' | 'all'>('open');
  const hazards = useProcedure('hazards.list', { state }, { placeholderData: keepPreviousData });
  return (
    <Card
      title={t('inspections.hazards.title')}
      loading={hazards.isPending}
      extra={
        <Segmented
          value={state}
          onChange={(v) => setState(v as typeof state)}
          options={(['open', 'overdue', 'all'] as const).map((s) => ({ value: s, label: t(`inspections.hazards.state.${s}`) }))}
        />
      }
    >
      <LoadError error={hazards.error} />
      <HazardTable hazards={hazards.data?.hazards ?? []} />
    </Card>
  );
}
