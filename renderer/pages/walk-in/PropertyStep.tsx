import { Alert, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BUILDING_TYPES, EBIKE_ARRANGEMENTS, type AddressMatch } from '../../../core/schemas/property';
import { RegionPicker } from '../../components/RegionPicker';
import { selectOnFocus } from './keys';

/** The desk's city: the region picker starts at its districts. */
const cityOf = (code: string) => code.slice(0, 4);

/**
 * The property: the four-level address (region picker, grid, road and
 * number, the rest), building facts, and the duplicate-address warning the
 * clerk must acknowledge before going on.
 */
export function PropertyStep({ deskRegion, matches }: { deskRegion: string; matches: AddressMatch[] }) {
  const { t } = useTranslation();
  const w = (k: string) => t(`walkIn.property.${k}`);
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name={['property', 'address', 'regionCode']}
            label={w('region')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <RegionPicker root={cityOf(deskRegion)} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name={['property', 'address', 'grid']} label={w('grid')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name={['property', 'address', 'road']} label={w('road')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name={['property', 'address', 'houseNumber']} label={w('houseNumber')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['property', 'address', 'detail']} label={w('detail')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={5}>
          <Form.Item name={['property', 'buildingType']} label={w('buildingType')}>
            <Select options={BUILDING_TYPES.map((v) => ({ value: v, label: t(`buildingType.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item name={['property', 'floors']} label={w('floors')}>
            <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} onFocus={selectOnFocus} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name={['property', 'ebikeArrangement']} label={w('ebike')}>
            <Select options={EBIKE_ARRANGEMENTS.map((v) => ({ value: v, label: t(`ebike.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['property', 'mixedUse']} valuePropName="checked" label=" ">
            <Checkbox>{w('mixedUse')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item name={['property', 'usesSandwichPanels']} valuePropName="checked" label=" ">
            <Checkbox>{w('sandwichPanels')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      {matches.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="walkin-address-warning"
          title={w('duplicate')}
          description={
            <>
              <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
                {matches.map((m) => (
                  <li key={m.id}>
                    {t('walkIn.property.duplicateItem', {
                      address: m.address,
                      landlord: m.landlordName,
                      closed: m.status === 'closed' ? w('closedMark') : '',
                    })}
                  </li>
                ))}
              </ul>
              <Form.Item name="acknowledgeAddressDuplicate" valuePropName="checked" noStyle>
                <Checkbox id="walkin-acknowledge">{w('acknowledge')}</Checkbox>
              </Form.Item>
            </>
          }
        />
      )}
    </>
  );
}
