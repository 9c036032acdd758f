import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Divider,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureInput, ProcedureOutput } from '../../../core/api/contract';
import { addDays } from '../../../core/dates';
import { ApiError } from '../../api/client';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { PhotoInput } from '../../components/PhotoInput';
import { PropertyPicker } from '../../components/PropertyPicker';
import { FireStatusTag } from '../../components/StatusTags';
import { useDeskToday } from '../../shell/useDeskToday';
import { hashParams } from '../../shell/useHashRoute';
import { useLocal } from '../../i18n/say';

type Saved = ProcedureOutput<'inspections.record'>;
type Kind = 'first' | 'routine' | 'reinspection';
type Outcome = 'pass' | 'fail' | 'na';
interface ItemState {
  outcome?: Outcome;
  note?: string;
  severity?: 'minor' | 'major' | 'critical';
  deadline?: string;
  roomId?: string;
  photos?: string[];
}

/**
 * Recording an inspection, keyboard first: only the items that apply to this
 * property, grouped by category; "all pass", then mark the failures, each with
 * a note, a severity, optional photos and a deadline defaulting from the rule.
 */
export function RecordInspectionPage() {
  const { t } = useTranslation();
  const local = useLocal();
  const { message } = App.useApp();
  const [propertyId, setPropertyId] = useState<string | undefined>(() => hashParams().get('property') ?? undefined);
  const checklistQuery = useProcedure('inspections.checklist', propertyId ? { propertyId } : null);
  const statusQuery = useProcedure('properties.status', propertyId ? { id: propertyId } : null);
  // Shown once both have answered: the kind of inspection follows from them.
  const checklist = checklistQuery.data && statusQuery.data ? checklistQuery.data : null;
  const loadError = checklistQuery.error ?? statusQuery.error;
  const today = useDeskToday();
  const [date, setDate] = useState(today);
  // The desk's today arrives after the first render; follow it until the inspector picks a date.
  const [datePicked, setDatePicked] = useState(false);
  useEffect(() => {
    if (!datePicked) setDate(today);
  }, [today, datePicked]);
  const [kindPicked, setKind] = useState<Kind | null>(null);
  const kind: Kind =
    kindPicked ??
    (!checklist ? 'first' : checklist.openHazards.length ? 'reinspection' : statusQuery.data?.inspections.length ? 'routine' : 'first');
  const record = useProcedureMutation('inspections.record');
  const [items, setItems] = useState<Record<string, ItemState>>({});
  const [checks, setChecks] = useState<Record<string, boolean | undefined>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);

  /** Another property: a fresh form (its checklist and status load by their own keys). */
  const pickProperty = (id: string) => {
    setPropertyId(id);
    setSaved(null);
    setItems({});
    setChecks({});
    setKind(null);
  };

  const grouped = useMemo(() => {
    if (!checklist) return [];
    return checklist.categories
      .map((c) => ({ ...c, items: checklist.items.filter((i) => i.category === c.code) }))
      .filter((c) => c.items.length > 0);
  }, [checklist]);

  const set = (code: string, patch: ItemState) => setItems((s) => ({ ...s, [code]: { ...s[code], ...patch } }));
  const allPass = () =>
    setItems((s) =>
      Object.fromEntries(checklist!.items.map((i) => [i.code, { ...s[i.code], outcome: s[i.code]?.outcome === 'fail' ? 'fail' : 'pass' }])),
    );

  const walksChecklist = kind !== 'reinspection';
  const left = walksChecklist ? (checklist?.items.filter((i) => !items[i.code]?.outcome).length ?? 0) : 0;

  const submit = async () => {
    if (!checklist || !propertyId) return;
    setErrors([]);
    const findings = checklist.items
      .filter((i) => items[i.code]?.outcome)
      .map((i) => {
        const s = items[i.code]!;
        return s.outcome === 'fail'
          ? {
              itemCode: i.code,
              outcome: 'fail' as const,
              note: s.note,
              severity: s.severity,
              deadline: s.deadline || undefined,
              roomId: s.roomId || undefined,
              photos: s.photos?.length ? s.photos : undefined,
            }
          : { itemCode: i.code, outcome: s.outcome! };
      });
    const input: ProcedureInput<'inspections.record'> = {
      propertyId,
      inspectedOn: date,
      kind,
      findings,
      hazardChecks: checklist.openHazards
        .filter((h) => checks[h.id] !== undefined)
        .map((h) => ({ hazardId: h.id, rectified: checks[h.id]! })),
    };
    setBusy(true);
    try {
      const r = await record.mutateAsync(input);
      setSaved(r);
      message.success(t('inspections.record.saved', { status: t(`fireStatus.${r.fireStatus}`) }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setErrors(e.issues.length ? e.issues.map((i) => `${describePath(i.path, input)}${i.message}`) : [e.message]);
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <Card>
        <Result
          status={saved.result === 'pass' ? 'success' : 'warning'}
          title={t('inspections.record.saved', { status: t(`fireStatus.${saved.fireStatus}`) })}
          subTitle={checklist?.address}
          extra={[
            saved.hazardsCreated.length > 0 && (
              <Button key="notice" type="primary" href={`#/notice?inspection=${saved.id}`} autoFocus>
                {t('inspections.record.printNotice')}
              </Button>
            ),
            <Button key="back" href="#/queue">
              {t('inspections.nav.queue')}
            </Button>,
          ]}
        >
          <Space wrap>
            {saved.hazardsCreated.map((h) => (
              <Tag key={h.id} color="orange">
                {h.itemCode} · {h.deadline}
              </Tag>
            ))}
          </Space>
        </Result>
      </Card>
    );
  }

  return (
    <Card title={t('inspections.record.title')}>
      <Form layout="vertical">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label={t('inspections.record.property')} htmlFor="inspect-property">
              <PropertyPicker
                id="inspect-property"
                value={propertyId}
                onChange={pickProperty}
                placeholder={t('inspections.record.propertyPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t('inspections.record.date')}>
              <Input
                type="date"
                value={date}
                onChange={(e) => (setDatePicked(true), setDate(e.target.value))}
                aria-label={t('inspections.record.date')}
              />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label={t('inspections.record.kind')}>
              <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} optionType="button">
                {(['first', 'routine', 'reinspection'] as const).map((k) => (
                  <Radio.Button key={k} value={k}>
                    {t(`inspections.record.kinds.${k}`)}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
      </Form>

      {!propertyId && <Alert type="info" title={t('inspections.record.noProperty')} />}
      <LoadError error={loadError} />
      {propertyId && !checklist && !loadError && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {checklist && (
        <>
          <Typography.Text type="secondary">
            {t('inspections.record.ruleVersion', { version: `${local(checklist.ruleTitle)} ${checklist.ruleVersion}` })}
          </Typography.Text>

          {checklist.openHazards.length > 0 && (
            <>
              <Divider titlePlacement="start">{t('inspections.record.openHazards')}</Divider>
              {checklist.openHazards.map((h) => (
                <Row key={h.id} gutter={8} align="middle" style={{ marginBottom: 8 }} data-testid="hazard-check">
                  <Col span={14}>
                    <Tag color={h.overdue ? 'red' : 'orange'}>{h.itemCode}</Tag> {h.description}（{t('inspections.hazards.deadline')}{' '}
                    {h.deadline}）
                  </Col>
                  <Col span={10}>
                    <Radio.Group
                      value={checks[h.id] === undefined ? undefined : checks[h.id] ? 'yes' : 'no'}
                      onChange={(e) => setChecks((c) => ({ ...c, [h.id]: e.target.value === 'yes' }))}
                      optionType="button"
                      aria-label={h.itemCode}
                    >
                      <Radio.Button value="yes">{t('inspections.record.rectified')}</Radio.Button>
                      <Radio.Button value="no">{t('inspections.record.notRectified')}</Radio.Button>
                    </Radio.Group>
                  </Col>
                </Row>
              ))}
            </>
          )}

          {walksChecklist && (
            <>
              <Divider titlePlacement="start">
                <Space>
                  {checklist.items.length}
                  <Button onClick={allPass}>{t('inspections.record.allPass')}</Button>
                </Space>
              </Divider>
              <Collapse
                defaultActiveKey={grouped.map((g) => g.code)}
                items={grouped.map((g) => ({
                  key: g.code,
                  label: `${local(g.name)}（${g.items.length}）`,
                  children: g.items.map((item) => {
                    const s = items[item.code] ?? {};
                    return (
                      <div key={item.code} className="checklist-item" data-testid={`item-${item.code}`}>
                        <Row gutter={8} align="middle">
                          <Col span={15}>
                            <Tag>{item.code}</Tag>
                            {local(item.check)}
                            <Typography.Text type="secondary">（{local(item.passRule)}）</Typography.Text>
                            {item.effects.map((e) => (
                              <Tag key={e} color={e === 'cooking' ? 'gold' : e === 'closure' ? 'magenta' : 'default'}>
                                {t(`inspections.record.effects.${e}`)}
                              </Tag>
                            ))}
                          </Col>
                          <Col span={9}>
                            <Radio.Group
                              value={s.outcome}
                              onChange={(e) =>
                                set(
                                  item.code,
                                  e.target.value === 'fail'
                                    ? { outcome: 'fail', deadline: s.deadline ?? addDays(date, item.days), severity: s.severity ?? 'major' }
                                    : { outcome: e.target.value },
                                )
                              }
                              optionType="button"
                              aria-label={item.code}
                            >
                              {(['pass', 'fail', 'na'] as const).map((o) => (
                                <Radio.Button key={o} value={o}>
                                  {t(`inspections.record.outcome.${o}`)}
                                </Radio.Button>
                              ))}
                            </Radio.Group>
                          </Col>
                        </Row>
                        {s.outcome === 'fail' && (
                          <Row gutter={8} className="failure-details">
                            <Col span={8}>
                              <Input
                                placeholder={t('inspections.record.note')}
                                aria-label={`${item.code} ${t('inspections.record.note')}`}
                                value={s.note}
                                onChange={(e) => set(item.code, { note: e.target.value })}
                                autoFocus
                              />
                            </Col>
                            <Col span={4}>
                              <Select
                                value={s.severity}
                                aria-label={`${item.code} ${t('inspections.record.severity')}`}
                                onChange={(v) => set(item.code, { severity: v })}
                                options={(['minor', 'major', 'critical'] as const).map((v) => ({ value: v, label: t(`severity.${v}`) }))}
                                style={{ width: '100%' }}
                              />
                            </Col>
                            <Col span={4}>
                              <Input
                                type="date"
                                aria-label={`${item.code} ${t('inspections.record.deadline')}`}
                                value={s.deadline}
                                onChange={(e) => set(item.code, { deadline: e.target.value })}
                              />
                            </Col>
                            <Col span={4}>
                              <Select
                                allowClear
                                placeholder={t('inspections.record.room')}
                                value={s.roomId}
                                onChange={(v) => set(item.code, { roomId: v })}
                                options={checklist.rooms.map((r) => ({ value: r.id, label: r.label }))}
                                style={{ width: '100%' }}
                              />
                            </Col>
                            <Col span={4}>
                              <PhotoInput
                                value={s.photos ?? []}
                                onChange={(photos) => set(item.code, { photos })}
                                label={t('inspections.record.addPhoto')}
                              />
                            </Col>
                          </Row>
                        )}
                      </div>
                    );
                  }),
                }))}
              />
            </>
          )}

          {errors.map((e) => (
            <Alert key={e} type="error" title={e} showIcon style={{ marginTop: 12 }} />
          ))}
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" onClick={() => void submit()} loading={busy} disabled={left > 0}>
              {t('inspections.record.submit')}
            </Button>
            {left > 0 && <Typography.Text type="warning">{t('inspections.record.itemsLeft', { n: left })}</Typography.Text>}
            <FireStatusTag status={checklist.openHazards.length ? 'rectifying' : 'uninspected'} />
          </Space>
        </>
      )}
    </Card>
  );
}

/** "findings.3.note" -> "GAS-2 " so a refusal names the item it is about. */
function describePath(path: string, input: ProcedureInput<'inspections.record'>): string {
  const m = /^findings\.(\d+)/.exec(path);
  const f = m ? input.findings[Number(m[1])] : undefined;
  return f ? `${f.itemCode}：` : '';
}
