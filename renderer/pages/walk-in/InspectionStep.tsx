import { Button, Col, Descriptions, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LandlordDetail } from '../../../core/schemas/landlord';
import { regionFullName } from '../../../core/regions';
import { composeDetail, normaliseHouseNumber } from '../../../core/address';
import type { WalkInValues } from './draft';
import { isBlankRoom } from './draft';

/** The first inspection's date, and everything entered, for a last look before the one save. */
export function InspectionStep({
  values,
  existing,
  busy,
  onFinish,
}: {
  values: WalkInValues;
  existing: LandlordDetail | null;
  busy: boolean;
  onFinish: () => void;
}) {
  const { t } = useTranslation();
  const w = (k: string, o?: Record<string, unknown>) => t(`walkIn.inspection.${k}`, o);
  const a = values.property.address;
  const region = (a.regionCode && regionFullName(a.regionCode)) ?? '';
  const address = `${region}${composeDetail(a.road, a.houseNumber ? normaliseHouseNumber(a.houseNumber) : undefined, a.detail)}`;
  const rooms = values.rooms.filter((r) => !isBlankRoom(r));
  return (
    <>
      <Row gutter={16} align="bottom">
        <Col span={6}>
          <Form.Item name="firstInspectionOn" label={w('dueOn')} extra={w('dueHint')}>
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{w('summary')}</Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={1}
        data-testid="walkin-summary"
        items={[
          { key: 'landlord', label: t('walkIn.steps.landlord'), children: existing ? existing.name : values.landlord.name },
          { key: 'address', label: t('walkIn.steps.property'), children: address },
          {
            key: 'rooms',
            label: t('walkIn.steps.rooms'),
            children: `${w('rooms', { count: rooms.length })}：${rooms.map((r) => r.label).join('、')}`,
          },
          {
            key: 'letter',
            label: t('walkIn.steps.letter'),
            children: values.letter.signed
              ? t('register.landlord.letterSigned', { date: values.letter.signedOn })
              : t('register.landlord.letterUnsigned'),
          },
        ]}
      />
      <Button type="primary" id="walkin-finish" loading={busy} onClick={onFinish} style={{ marginTop: 16 }}>
        {w('finish')}
      </Button>
    </>
  );
}
