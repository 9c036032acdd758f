import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProcedure } from '../../api/queries';
import { Chart } from '../../components/Chart';
import { HazardTable } from '../../components/HazardTable';
import { LoadError } from '../../components/LoadError';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** The station head's view: what is overdue, what expires, and the close-out rate per grid and month. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const overview = useProcedure('supervision.overview', { months: 6 });
  const o = overview.data;
  if (overview.error) return <LoadError error={overview.error} />;
  if (!o) return <Card loading />;

  const months = [...new Set(o.stats.map((s) => s.month))].sort();
  const perMonth = (k: 'inspections' | 'hazardsFound' | 'hazardsRectified' | 'hazardsDue') =>
    months.map((m) => o.stats.filter((s) => s.month === m).reduce((n, s) => n + s[k], 0));
  const due = perMonth('hazardsDue');
  const done = perMonth('hazardsRectified');
  const s = (k: string) => t(`inspections.supervision.${k}`);

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={5}>
          <Card>
            <Statistic title={s('inspections')} value={o.totals.inspections} />
          </Card>
        </Col>
        <Col span={5}>
          <Card>
            <Statistic title={s('found')} value={o.totals.hazardsFound} />
          </Card>
        </Col>
        <Col span={5}>
          <Card>
            <Statistic title={s('due')} value={o.totals.hazardsDue} />
          </Card>
        </Col>
        <Col span={4}>
          <Card>
            <Statistic title={s('rectified')} value={o.totals.hazardsRectified} />
          </Card>
        </Col>
        <Col span={5}>
          <Card data-testid="close-out-rate">
            <Statistic title={s('rate')} value={pct(o.totals.closeOutRate)} />
          </Card>
        </Col>
      </Row>
      <Card title={s('chart')} style={{ marginBottom: 16 }}>
        <Chart
          label={s('chart')}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { data: [s('inspections'), s('found'), s('rectified'), s('rate')] },
            xAxis: { type: 'category', data: months },
            yAxis: [
              { type: 'value', minInterval: 1 },
              { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
            ],
            series: [
              { name: s('inspections'), type: 'bar', data: perMonth('inspections') },
              { name: s('found'), type: 'bar', data: perMonth('hazardsFound') },
              { name: s('rectified'), type: 'bar', data: done },
              { name: s('rate'), type: 'line', yAxisIndex: 1, data: due.map((d, i) => (d ? Math.round((done[i]! / d) * 100) : null)) },
            ],
          }}
        />
      </Card>
      <Card title={`${s('overdue')}（${o.overdueHazards.length}）`} style={{ marginBottom: 16 }}>
        <HazardTable hazards={o.overdueHazards} />
      </Card>
      <Card title={`${s('closure')}（${o.closureProposals.length}）`} style={{ marginBottom: 16 }}>
        <HazardTable hazards={o.closureProposals} />
      </Card>
      <Card title={`${s('expiring')}（${o.expiringPasses.length}）`} style={{ marginBottom: 16 }}>
        <Table
          rowKey="propertyId"
          size="small"
          pagination={false}
          dataSource={o.expiringPasses}
          columns={[
            { title: t('inspections.queue.address'), dataIndex: 'address' },
            { title: s('grid'), dataIndex: 'grid' },
            { title: t('inspections.status.validUntil'), dataIndex: 'validUntil' },
          ]}
        />
      </Card>
      <Card title={s('stats')}>
        <Table
          rowKey={(r) => `${r.grid}|${r.month}`}
          size="small"
          dataSource={o.stats}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: s('month'), dataIndex: 'month' },
            { title: s('grid'), dataIndex: 'grid' },
            { title: s('inspections'), dataIndex: 'inspections', align: 'right' },
            { title: s('found'), dataIndex: 'hazardsFound', align: 'right' },
            { title: s('due'), dataIndex: 'hazardsDue', align: 'right' },
            { title: s('rectified'), dataIndex: 'hazardsRectified', align: 'right' },
            { title: s('rate'), dataIndex: 'closeOutRate', align: 'right', render: pct },
          ]}
        />
      </Card>
    </>
  );
}
