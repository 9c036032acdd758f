import { Alert, App, Button, Card, Checkbox, Col, Empty, Form, Input, InputNumber, List, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureOutput } from '../../../core/api/contract';
import { chinaDateTime } from '../../../core/dates';
import type { Lang } from '../../../core/i18n/types';
import { ApiError, invoke } from '../../api/client';
import { RegionPicker } from '../../components/RegionPicker';
import { checkWith, showIssues } from '../../forms/issues';
import { CheckInDrawer, type RoomRef } from './CheckInDrawer';
import { useDeskToday } from '../../shell/useDeskToday';
import { useSay } from '../../i18n/say';

type Result = ProcedureOutput<'match.rooms'>;
type Shown = Result['matches'][number];

/**
 * Workflow 4, a tenant walks in: the household and its needs, then the rooms
 * that fit (ranked, each with its reasons) and the near misses (each naming the
 * one need or rule it fails), then reserve or check in on the spot.
 */
export function FrontDeskPage({ deskRegion }: { deskRegion: string }) {
  const { t, i18n } = useTranslation();
  const say = useSay();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [result, setResult] = useState<Result | null>(null);
  const [request, setRequest] = useState<{ adults: number; children: number; moveInOn: string } | null>(null);
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState<{ room: RoomRef; mode: 'checkIn' | 'reserve' } | null>(null);
  const [done, setDone] = useState<{ id: string; text: string } | null>(null);
  const today = useDeskToday();
  useEffect(() => {
    if (!form.isFieldTouched('moveInOn')) form.setFieldValue('moveInOn', today);
  }, [today, form]);

  const search = async (keepDone = false) => {
    const v = form.getFieldsValue(true);
    if (!v.moveInOn) form.setFieldValue('moveInOn', today);
    const input = {
      adults: v.adults,
      children: v.children ?? 0,
      cooking: !!v.cooking,
      ...(v.budget !== null && v.budget !== undefined && v.budget !== '' ? { budget: v.budget } : {}),
      moveInOn: v.moveInOn || today,
      ...(v.preferredCommunity ? { preferredCommunity: v.preferredCommunity } : {}),
      ...(v.preferredGrid ? { preferredGrid: v.preferredGrid } : {}),
      lowFloor: !!v.lowFloor,
      privateBathroom: !!v.privateBathroom,
      ebikeParking: !!v.ebikeParking,
    };
    setBanner([]);
    const local = checkWith(contract['match.rooms'].input, input, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      setResult(await invoke('match.rooms', input));
      setRequest({ adults: input.adults, children: input.children, moveInOn: input.moveInOn });
      if (!keepDone) setDone(null);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setBanner(e.issues.length ? showIssues(form, e.issues) : [e.message]);
    } finally {
      setBusy(false);
    }
  };

  const actions = (r: Shown) => {
    const room = { id: r.roomId, label: r.label, address: r.address };
    return [
      <Button key="reserve" onClick={() => setTarget({ room, mode: 'reserve' })}>
        {t('tenancy.match.reserve')}
      </Button>,
      <Button key="checkIn" type="primary" onClick={() => setTarget({ room, mode: 'checkIn' })}>
        {t('tenancy.match.checkIn')}
      </Button>,
    ];
  };
  const roomTitle = (r: Shown) => (
    <Space wrap>
      <strong>
        {r.address} {r.label}
      </strong>
      <Tag color="blue">
        {r.rentMonthly} {t('tenancy.match.perMonth')}
      </Tag>
      <Tag>{r.areaM2} m²</Tag>
      <Tag>{t('tenancy.match.maxOccupants', { n: r.maxOccupants })}</Tag>
      {r.communityName && <Tag>{r.communityName}</Tag>}
    </Space>
  );

  return (
    <>
      <Card title={t('tenancy.match.title')} style={{ marginBottom: 16 }}>
        {banner.map((b) => (
          <Alert key={b} type="error" title={b} showIcon style={{ marginBottom: 12 }} />
        ))}
        <Form form={form} layout="vertical" initialValues={{ adults: 1, children: 0 }} onFinish={() => void search()}>
          <Row gutter={12}>
            <Col span={4}>
              <Form.Item name="adults" label={t('tenancy.match.adults')}>
                <InputNumber min={1} max={10} style={{ width: '100%' }} autoFocus />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="children" label={t('tenancy.match.children')}>
                <InputNumber min={0} max={10} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="budget" label={t('tenancy.match.budget')}>
                <InputNumber min={0} max={100000} step={50} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="moveInOn" label={t('tenancy.match.moveInOn')}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="preferredCommunity" label={t('tenancy.match.community')}>
                <RegionPicker root={deskRegion.slice(0, 6)} />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item name="preferredGrid" label={t('tenancy.match.grid')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap size="large">
            <Form.Item name="cooking" valuePropName="checked" noStyle>
              <Checkbox>{t('tenancy.match.cooking')}</Checkbox>
            </Form.Item>
            <Form.Item name="lowFloor" valuePropName="checked" noStyle>
              <Checkbox>{t('tenancy.match.lowFloor')}</Checkbox>
            </Form.Item>
            <Form.Item name="privateBathroom" valuePropName="checked" noStyle>
              <Checkbox>{t('tenancy.match.bathroom')}</Checkbox>
            </Form.Item>
            <Form.Item name="ebikeParking" valuePropName="checked" noStyle>
              <Checkbox>{t('tenancy.match.ebike')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('tenancy.match.search')}
            </Button>
          </Space>
        </Form>
      </Card>

      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={done.text}
          data-testid="check-in-done"
          action={
            done.id && (
              <Button href={`#/receipt?id=${done.id}`} type="primary">
                {t('tenancy.checkIn.printReceipt')}
              </Button>
            )
          }
        />
      )}

      {result && (
        <>
          <Card
            title={`${t('tenancy.match.matches')}（${result.matches.length}${result.moreMatches ? '+' : ''}）`}
            style={{ marginBottom: 16 }}
            extra={
              <Typography.Text type="secondary">
                {t('tenancy.match.household', { persons: result.household.persons, counted: result.household.areaCounted })}
              </Typography.Text>
            }
          >
            {result.moreMatches && <Alert type="info" title={t('tenancy.match.more')} style={{ marginBottom: 12 }} />}
            {result.matches.length === 0 ? (
              <Empty description={t('tenancy.match.none')} />
            ) : (
              <List
                dataSource={result.matches}
                renderItem={(r) => (
                  <List.Item actions={actions(r)} data-testid="match-row">
                    <List.Item.Meta
                      title={roomTitle(r)}
                      description={r.reasons.map((x) => (
                        <Tag key={x.key} color="green">
                          {say(x)}
                        </Tag>
                      ))}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card
            title={t('tenancy.match.nearMisses')}
            extra={<Typography.Text type="secondary">{t('tenancy.match.nearMissHint')}</Typography.Text>}
          >
            <List
              dataSource={result.nearMisses}
              locale={{ emptyText: '—' }}
              renderItem={(r) => (
                <List.Item actions={actions(r)} data-testid="near-miss-row">
                  <List.Item.Meta
                    title={roomTitle(r)}
                    description={
                      <>
                        <Tag color="red" data-testid="near-miss-reason">
                          {say(r.failed.message)}
                        </Tag>
                        {r.reasons.map((x) => (
                          <Tag key={x.key}>{say(x)}</Tag>
                        ))}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </>
      )}

      <CheckInDrawer
        room={target?.room ?? null}
        mode={target?.mode ?? 'checkIn'}
        today={today}
        initial={request ? { adults: request.adults, children: request.children, checkInOn: request.moveInOn } : undefined}
        onClose={() => setTarget(null)}
        onDone={(tn) => {
          const text =
            tn.status === 'reserved'
              ? t('tenancy.checkIn.reserved', { room: tn.roomLabel, until: tn.reservedUntil ? chinaDateTime(tn.reservedUntil) : '' })
              : t('tenancy.checkIn.done', { name: tn.tenantName, room: tn.roomLabel });
          message.success(text);
          setDone({ id: tn.status === 'active' ? tn.id : '', text });
          setTarget(null);
          // The room just taken leaves the list.
          void search(true);
        }}
      />
    </>
  );
}
