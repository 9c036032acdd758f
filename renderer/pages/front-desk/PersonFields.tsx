import { Alert, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureOutput } from '../../../core/api/contract';
import { ID_TYPES } from '../../../core/schemas/person-id';
import { invoke } from '../../api/client';
import { OriginPicker } from '../../components/OriginPicker';

type Lookup = ProcedureOutput<'tenants.lookup'>;
type Path = (string | number)[];

/**
 * One person's fields: name, ID (looked up as soon as it is complete, so the
 * clerk sees at once a tenant the register knows and where they live now),
 * mobile, origin, employer, e-bike. `prefix` is the form path of the person.
 */
export function PersonFields({ prefix, member = false, onKnown }: { prefix: Path; member?: boolean; onKnown?: (l: Lookup) => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const [found, setFound] = useState<Lookup | null>(null);
  const lookUp = async () => {
    const idType = form.getFieldValue([...prefix, 'idType']) ?? 'resident_id';
    const idNumber = String(form.getFieldValue([...prefix, 'idNumber']) ?? '').trim();
    if (idNumber.length < 8) return setFound(null);
    try {
      const r = await invoke('tenants.lookup', { idType, idNumber });
      setFound(r);
      if (r.tenant) {
        // A known tenant: fill what the clerk has not typed yet.
        const cur = form.getFieldValue(prefix) ?? {};
        form.setFieldValue(prefix, {
          ...cur,
          name: cur.name || r.tenant.name,
          originCode: cur.originCode || r.tenant.originCode || undefined,
          employer: cur.employer || r.tenant.employer || undefined,
          ebikeOwned: cur.ebikeOwned || r.tenant.ebikeOwned,
        });
        onKnown?.(r);
      }
    } catch {
      setFound(null); // Not a valid number yet: the form's own check will say why on save.
    }
  };
  const f = (name: string) => [...prefix, name];
  return (
    <>
      <Row gutter={12}>
        <Col span={5}>
          <Form.Item name={f('name')} label={t('tenancy.person.name')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name={f('idType')} label={t('tenancy.person.idType')}>
            <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name={f('idNumber')} label={t('tenancy.person.idNumber')} extra={member ? t('tenancy.person.idHint') : undefined}>
            <Input
              maxLength={30}
              autoComplete="off"
              onBlur={() => void lookUp()}
              onChange={(e) => e.target.value.trim().length === 18 && void lookUp()}
            />
          </Form.Item>
        </Col>
        {member ? (
          <Col span={7}>
            <Form.Item name={f('birthDate')} label={t('tenancy.person.birthDate')}>
              <Input type="date" />
            </Form.Item>
          </Col>
        ) : (
          <Col span={7}>
            <Form.Item name={f('mobile')} label={t('tenancy.person.mobile')}>
              <Input maxLength={20} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {found?.tenant && (
        <Alert
          type={found.current.length ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="tenant-found"
          title={t('tenancy.person.known', { name: found.tenant.name, origin: found.tenant.originName ?? '—' })}
          description={found.current.map((c) => (
            <div key={c.tenancyId}>
              {t('tenancy.person.stayingAt', {
                address: c.address,
                room: c.roomLabel,
                since: c.since,
                state: t(c.status === 'active' ? 'tenancy.person.stateActive' : 'tenancy.person.stateReserved'),
              })}
            </div>
          ))}
        />
      )}
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item name={f('originCode')} label={t('tenancy.person.origin')}>
            <OriginPicker placeholder={t('tenancy.person.originPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name={f('employer')} label={t('tenancy.person.employer')}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={f('ebikeOwned')} valuePropName="checked" label=" ">
            <Checkbox>{t('tenancy.person.ebike')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
