import { Alert, Button, Card, Col, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../../core/api/contract';
import type { Lang } from '../../../core/i18n/types';
import { RELATIONS } from '../../../core/schemas/tenancy';
import { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/queries';
import { checkWith, showIssues } from '../../forms/issues';
import { PersonFields } from './PersonFields';

export interface RoomRef {
  id: string;
  label: string;
  address: string;
}
type Tenancy = ProcedureOutput<'tenancies.checkIn'>;
type CheckIn = ProcedureInput<'tenancies.checkIn'>;
type Reserve = ProcedureInput<'tenancies.reserve'>;
type Member = NonNullable<CheckIn['members']>[number];
/** A member row before the clerk picks a relation ('other' then). */
type MemberValues = Omit<Member, 'relation'> & { relation?: Member['relation'] };

/** The drawer's form: the people as the contract takes them, the rest per mode. */
interface DrawerValues {
  tenant: CheckIn['tenant'];
  members?: MemberValues[];
  checkInOn: string;
  expectedEndOn?: string;
  adults: number;
  children?: number;
  holdHours: number;
}

/** A person as the form leaves it, without the fields cleared to '' or null (the contract wants them absent). */
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as T;

/**
 * Check-in (tenant, household members, dates) or a reservation (tenant, head
 * count, move-in day, hold) for one room. The contract's schema checks the form
 * before it is sent; the register's refusals (too many people, room just taken,
 * property not compliant) come back in words and are shown above the form.
 */
export function CheckInDrawer({
  room,
  mode,
  reservationId,
  today,
  initial,
  onClose,
  onDone,
}: {
  room: RoomRef | null;
  mode: 'checkIn' | 'reserve';
  reservationId?: string;
  today: string;
  initial?: { adults?: number; children?: number; checkInOn?: string };
  onClose: () => void;
  onDone: (t: Tenancy) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<DrawerValues>();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const checkIn = useProcedureMutation('tenancies.checkIn');
  const reserve = useProcedureMutation('tenancies.reserve');
  const members = Form.useWatch('members', form) as { name?: string }[] | undefined;

  useEffect(() => {
    setBanner([]);
    form.resetFields();
    form.setFieldsValue({
      tenant: { idType: 'resident_id', ebikeOwned: false },
      members: [],
      checkInOn: initial?.checkInOn && mode === 'reserve' ? initial.checkInOn : today,
      adults: initial?.adults ?? 1,
      children: initial?.children ?? 0,
      holdHours: 24,
    });
  }, [room, mode, today, form, initial]);

  const submit = async () => {
    if (!room) return;
    const v: DrawerValues = form.getFieldsValue(true);
    const tenant = clean(v.tenant ?? {});
    const lang = i18n.language as Lang;
    const checkInInput: CheckIn = {
      roomId: room.id,
      ...(reservationId ? { reservationId } : {}),
      tenant,
      members: (v.members ?? []).map((m) => clean({ idType: 'resident_id' as const, relation: 'other' as const, ...m })),
      checkInOn: v.checkInOn,
      ...(v.expectedEndOn ? { expectedEndOn: v.expectedEndOn } : {}),
    };
    const reserveInput: Reserve = {
      roomId: room.id,
      tenant,
      adults: v.adults,
      children: v.children ?? 0,
      checkInOn: v.checkInOn,
      holdHours: v.holdHours,
    };
    setBanner([]);
    const local =
      mode === 'checkIn'
        ? checkWith(contract['tenancies.checkIn'].input, checkInInput, lang)
        : checkWith(contract['tenancies.reserve'].input, reserveInput, lang);
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      onDone(mode === 'checkIn' ? await checkIn.mutateAsync(checkInInput) : await reserve.mutateAsync(reserveInput));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setBanner(e.issues.length ? [e.message, ...showIssues(form, e.issues)] : [e.message]);
    } finally {
      setBusy(false);
    }
  };

  const title = room
    ? t(mode === 'checkIn' ? 'tenancy.checkIn.title' : 'tenancy.checkIn.reserveTitle', { address: room.address, room: room.label })
    : '';
  return (
    <Drawer open={room !== null} onClose={onClose} size="large" title={title} destroyOnHidden data-testid="check-in-drawer">
      {banner.map((b) => (
        <Alert key={b} type="error" title={b} showIcon style={{ marginBottom: 12 }} data-testid="check-in-refusal" />
      ))}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Card size="small" title={t('tenancy.person.tenant')} style={{ marginBottom: 12 }}>
          <PersonFields prefix={['tenant']} />
        </Card>
        {mode === 'checkIn' ? (
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <Card
                size="small"
                title={t('tenancy.person.members')}
                style={{ marginBottom: 12 }}
                extra={
                  <Button size="small" onClick={() => add({ idType: 'resident_id', relation: 'spouse', ebikeOwned: false })}>
                    {t('tenancy.person.addMember')}
                  </Button>
                }
              >
                {fields.map((field, i) => (
                  <div key={field.key} data-testid="member-row" className="member-row">
                    <PersonFields prefix={[field.name]} member />
                    <Row gutter={12}>
                      <Col span={8}>
                        <Form.Item name={[field.name, 'relation']} label={t('tenancy.person.relation')}>
                          <Select options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))} />
                        </Form.Item>
                      </Col>
                      <Col span={8}>
                        <Form.Item name={[field.name, 'guardian']} label={t('tenancy.person.guardian')}>
                          <Select
                            allowClear
                            options={[
                              { value: 'tenant', label: t('tenancy.person.guardianTenant') },
                              ...(members ?? []).map((m, j) => ({ value: j, label: m?.name || `#${j + 1}` })).filter((o) => o.value !== i),
                            ]}
                          />
                        </Form.Item>
                      </Col>
                      <Col span={8}>
                        <Form.Item label=" ">
                          <Button danger onClick={() => remove(field.name)}>
                            {t('tenancy.person.remove')}
                          </Button>
                        </Form.Item>
                      </Col>
                    </Row>
                  </div>
                ))}
              </Card>
            )}
          </Form.List>
        ) : (
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="adults" label={t('tenancy.checkIn.adults')}>
                <InputNumber min={1} max={10} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="children" label={t('tenancy.checkIn.children')}>
                <InputNumber min={0} max={10} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="holdHours" label={t('tenancy.checkIn.holdHours')}>
                <InputNumber min={1} max={72} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="checkInOn" label={t('tenancy.checkIn.checkInOn')}>
              <Input type="date" />
            </Form.Item>
          </Col>
          {mode === 'checkIn' && (
            <Col span={8}>
              <Form.Item name="expectedEndOn" label={t('tenancy.checkIn.expectedEndOn')}>
                <Input type="date" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t(mode === 'checkIn' ? 'tenancy.checkIn.submit' : 'tenancy.checkIn.submitReserve')}
          </Button>
        </Space>
      </Form>
    </Drawer>
  );
}
