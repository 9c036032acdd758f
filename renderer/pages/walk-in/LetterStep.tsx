import { PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The responsibility letter: signed or not, when, and a printed copy to sign. */
export function LetterStep({ onPrint }: { onPrint: () => void }) {
  const { t } = useTranslation();
  const w = (k: string) => t(`walkIn.letter.${k}`);
  const signed = Form.useWatch(['letter', 'signed']) as boolean | undefined;
  return (
    <>
      <Row gutter={16} align="bottom">
        <Col span={10}>
          <Form.Item name={['letter', 'signed']} valuePropName="checked">
            <Checkbox id="walkin-letter-signed">{w('signed')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['letter', 'signedOn']} label={w('signedOn')}>
            <Input type="date" disabled={!signed} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label=" ">
            <Space>
              <Button icon={<PrinterOutlined />} onClick={onPrint}>
                {w('print')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
      {!signed && <Typography.Paragraph type="secondary">{w('notSigned')}</Typography.Paragraph>}
    </>
  );
}
