import { Alert, App, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput } from '../../../core/api/contract';
import type { Lang } from '../../../core/i18n/types';
import { maxOccupants } from '../../../core/rules/density';
import type { RoomRecord } from '../../../core/schemas/property';
import { useProcedureMutation } from '../../api/queries';
import { checkWith, showIssues } from '../../forms/issues';
import { refusalOf } from './edit-errors';

/** The room's own fields, as rooms.add and rooms.update take them. */
type RoomValues = ProcedureInput<'rooms.add'>['room'];

/** Edit a room, or add one to a property. Maximum occupants follow from the area; the clerk never types them. */
export function RoomModal(props: { propertyId: string; room: RoomRecord | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoomValues>();
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const add = useProcedureMutation('rooms.add');
  const update = useProcedureMutation('rooms.update');
  const area = Form.useWatch('areaM2', form);
  const w = (k: string) => t(`walkIn.rooms.${k}`);

  useEffect(() => {
    setBanner([]);
    form.resetFields();
    if (props.room && props.room !== 'new') form.setFieldsValue(props.room);
    if (props.room === 'new') form.setFieldsValue({ floor: 1, hasKitchen: false, privateBathroom: false, windowBars: false });
  }, [props.room, form]);

  const save = async () => {
    const v = form.getFieldsValue();
    const room = props.room;
    if (!room) return;
    const added: ProcedureInput<'rooms.add'> | null = room === 'new' ? { propertyId: props.propertyId, room: v } : null;
    const updated: ProcedureInput<'rooms.update'> | null = room === 'new' ? null : { ...v, id: room.id, baseVersion: room.version };
    const local = (
      added
        ? checkWith(contract['rooms.add'].input, added, i18n.language as Lang)
        : checkWith(contract['rooms.update'].input, updated, i18n.language as Lang)
    )
      // Issues of rooms.add sit under "room."; the form's fields are the room's own.
      .map((i) => ({ ...i, path: i.path.replace(/^room\./, '') }));
    if (local.length) return setBanner(showIssues(form, local));
    setBusy(true);
    try {
      if (added) await add.mutateAsync(added);
      else if (updated) await update.mutateAsync(updated);
      message.success(t('register.saved'));
      props.onSaved();
      props.onClose();
    } catch (e) {
      setBanner(refusalOf(e, form, t, () => props.onSaved()));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.room !== null}
      title={props.room === 'new' ? t('register.property.addRoom') : t('register.property.editRoom')}
      onCancel={props.onClose}
      onOk={() => void save()}
      okText={t('register.save')}
      cancelText={t('register.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} />
      ))}
      <Form form={form} layout="vertical" data-testid="room-form" onFinish={() => void save()}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="label" label={w('label')}>
              <Input maxLength={20} autoFocus />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="floor" label={w('floor')}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="areaM2"
              label={w('area')}
              extra={area ? <Tag>{t('walkIn.rooms.persons', { n: maxOccupants(area) })}</Tag> : null}
            >
              <InputNumber min={0} step={0.5} precision={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="rentMonthly" label={w('rent')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label=" ">
              <Form.Item name="hasKitchen" valuePropName="checked" noStyle>
                <Checkbox>{w('kitchen')}</Checkbox>
              </Form.Item>
              <Form.Item name="privateBathroom" valuePropName="checked" noStyle>
                <Checkbox>{w('bathroom')}</Checkbox>
              </Form.Item>
              <Form.Item name="windowBars" valuePropName="checked" noStyle>
                <Checkbox>{w('windowBars')}</Checkbox>
              </Form.Item>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
