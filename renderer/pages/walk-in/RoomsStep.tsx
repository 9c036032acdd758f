import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxOccupants } from '../../../core/rules/density';
import { emptyRoom, type RoomDraft, type WalkInValues } from './draft';
import { selectOnFocus } from './keys';

/**
 * Rooms as rows of a sheet, for the keyboard: Tab along a row, Enter for the
 * next room (floor and rent carried over), Enter on an empty row to finish.
 * Maximum occupants follow from the area (DEN-1/DEN-2), never typed.
 */
export function RoomsStep({ form }: { form: FormInstance<WalkInValues> }) {
  const { t } = useTranslation();
  const w = (k: string) => t(`walkIn.rooms.${k}`);
  return (
    <>
      <Typography.Paragraph type="secondary">{w('hint')}</Typography.Paragraph>
      <div className="room-grid room-grid-head" aria-hidden>
        <span>{w('label')}</span>
        <span>{w('floor')}</span>
        <span>{w('area')}</span>
        <span>{w('kitchen')}</span>
        <span>{w('bathroom')}</span>
        <span>{w('windowBars')}</span>
        <span>{w('rent')}</span>
        <span>{w('maxOccupants')}</span>
        <span />
      </div>
      <Form.List name="rooms">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <div className="room-grid" key={field.key} data-room-index={field.name} data-testid="walkin-room-row">
                <Form.Item name={[field.name, 'label']} noStyle>
                  <Input aria-label={w('label')} maxLength={20} onFocus={selectOnFocus} />
                </Form.Item>
                <Form.Item name={[field.name, 'floor']} noStyle>
                  <InputNumber aria-label={w('floor')} precision={0} style={{ width: '100%' }} onFocus={selectOnFocus} />
                </Form.Item>
                <Form.Item name={[field.name, 'areaM2']} noStyle>
                  <InputNumber aria-label={w('area')} min={0} step={0.5} precision={1} style={{ width: '100%' }} onFocus={selectOnFocus} />
                </Form.Item>
                <Form.Item name={[field.name, 'hasKitchen']} valuePropName="checked" noStyle>
                  <Checkbox aria-label={w('kitchen')} />
                </Form.Item>
                <Form.Item name={[field.name, 'privateBathroom']} valuePropName="checked" noStyle>
                  <Checkbox aria-label={w('bathroom')} />
                </Form.Item>
                <Form.Item name={[field.name, 'windowBars']} valuePropName="checked" noStyle>
                  <Checkbox aria-label={w('windowBars')} />
                </Form.Item>
                <Form.Item name={[field.name, 'rentMonthly']} noStyle>
                  <InputNumber aria-label={w('rent')} min={0} precision={0} style={{ width: '100%' }} onFocus={selectOnFocus} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() => {
                    const area = form.getFieldValue(['rooms', field.name, 'areaM2']) as number | null;
                    return area ? (
                      <Tag data-testid="walkin-room-max">{t('walkIn.rooms.persons', { n: maxOccupants(area) })}</Tag>
                    ) : (
                      <span />
                    );
                  }}
                </Form.Item>
                <Button
                  aria-label={w('remove')}
                  icon={<DeleteOutlined />}
                  tabIndex={-1}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                />
                <RowErrors index={field.name} />
              </div>
            ))}
            <Button
              icon={<PlusOutlined />}
              tabIndex={-1}
              onClick={() => {
                const rooms = form.getFieldValue('rooms') as RoomDraft[];
                add(emptyRoom(rooms[rooms.length - 1]));
              }}
            >
              {w('add')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

/** A row's field errors under it (the inputs carry no labels of their own). */
function RowErrors({ index }: { index: number }) {
  return (
    <Form.Item noStyle shouldUpdate>
      {(form) => {
        const errors = ['label', 'floor', 'areaM2', 'rentMonthly', 'hasKitchen']
          .flatMap((f) => form.getFieldError(['rooms', index, f]))
          .filter(Boolean);
        return errors.length ? (
          <div className="room-errors" role="alert">
            {errors.join('；')}
          </div>
        ) : null;
      }}
    </Form.Item>
  );
}
