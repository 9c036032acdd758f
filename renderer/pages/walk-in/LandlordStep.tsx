import { Alert, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANDLORD_ID_TYPES, type LandlordDetail } from '../../../core/schemas/landlord';
import { parseCreditCode } from '../../../core/validation/credit-code';
import type { WalkInValues } from './draft';

const PERSON_ID_TYPES = LANDLORD_ID_TYPES.filter((t) => t !== 'credit_code');

/**
 * Find-or-create: the clerk types the ID number and presses Enter; a
 * registered landlord is offered at once, otherwise the rest of the form opens.
 */
export function LandlordStep(props: {
  form: FormInstance<WalkInValues>;
  existing: LandlordDetail | null;
  found: LandlordDetail | null;
  lookedUp: boolean;
  onUse: (l: LandlordDetail) => void;
  onChangeLandlord: () => void;
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch(['landlord', 'kind'], props.form) ?? 'person';
  const idType = Form.useWatch(['landlord', 'idType'], props.form);
  const idNumber = Form.useWatch(['landlord', 'idNumber'], props.form) ?? '';
  const w = (k: string) => t(`walkIn.landlord.${k}`);

  if (props.existing) {
    const l = props.existing;
    return (
      <Card size="small" data-testid="walkin-existing-landlord">
        <Space orientation="vertical">
          <Typography.Text strong>{t('walkIn.landlord.existing', { name: l.name })}</Typography.Text>
          <Typography.Text type="secondary">
            {t('walkIn.landlord.foundDetail', {
              id: l.idNumberMasked,
              mobile: l.mobileMasked,
              letter: l.letterSigned
                ? t('register.landlord.letterSigned', { date: l.letterSignedOn })
                : t('register.landlord.letterUnsigned'),
            })}
          </Typography.Text>
          <Button onClick={props.onChangeLandlord}>{w('changeLandlord')}</Button>
        </Space>
      </Card>
    );
  }

  const credit = idType === 'credit_code' ? parseCreditCode(idNumber) : null;
  const organisation = kind === 'organisation';
  return (
    <>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name={['landlord', 'kind']} label={w('kind')}>
            <Radio.Group
              options={(['person', 'organisation'] as const).map((k) => ({ value: k, label: t(`landlordKind.${k}`) }))}
              onChange={(e) =>
                props.form.setFieldValue(['landlord', 'idType'], e.target.value === 'organisation' ? 'credit_code' : 'resident_id')
              }
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['landlord', 'idType']} label={w('idType')}>
            <Select
              options={(organisation ? (['credit_code'] as const) : PERSON_ID_TYPES).map((v) => ({ value: v, label: t(`idType.${v}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={['landlord', 'idNumber']}
            label={organisation ? w('creditCode') : w('idNumber')}
            extra={props.lookedUp ? undefined : w('idNumberHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input autoFocus maxLength={30} autoComplete="off" className="mono" />
          </Form.Item>
        </Col>
      </Row>
      {credit?.ok && !credit.checkDigitValid && (
        <Alert type="warning" showIcon title={w('checkDigitWarning')} style={{ marginBottom: 12 }} />
      )}
      {props.found && (
        <Alert
          type="info"
          showIcon
          data-testid="walkin-found-landlord"
          style={{ marginBottom: 12 }}
          title={t('walkIn.landlord.found', { name: props.found.name, count: props.found.propertyCount })}
          description={t('walkIn.landlord.foundDetail', {
            id: props.found.idNumberMasked,
            mobile: props.found.mobileMasked,
            letter: props.found.letterSigned
              ? t('register.landlord.letterSigned', { date: props.found.letterSignedOn })
              : t('register.landlord.letterUnsigned'),
          })}
          action={
            <Button type="primary" id="walkin-use-existing" onClick={() => props.onUse(props.found!)}>
              {w('useExisting')}
            </Button>
          }
        />
      )}
      {props.lookedUp && !props.found && (
        <>
          <Row gutter={16}>
            <Col span={organisation ? 8 : 12}>
              <Form.Item
                name={['landlord', 'name']}
                label={organisation ? w('orgName') : w('name')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            {organisation && (
              <Col span={4}>
                <Form.Item
                  name={['landlord', 'contactName']}
                  label={w('contactName')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
            )}
            <Col span={12}>
              <Form.Item name={['landlord', 'mobile']} label={w('mobile')} rules={[{ required: true, message: t('common.required') }]}>
                <Input maxLength={20} inputMode="tel" autoComplete="off" className="mono" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={['landlord', 'address']} label={w('address')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
    </>
  );
}
