import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Switch, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureOutput } from '../../core/api/contract';
import type { Lang } from '../../core/i18n/types';
import { ROLES } from '../../core/roles';
import { ApiError, invoke } from '../api/client';
import { checkWith, showIssues } from '../forms/issues';

type Clerk = ProcedureOutput<'clerks.list'>['clerks'][number];

/** The admin's accounts page: create clerks, inspectors and supervisors; switch accounts off. */
export function ClerksPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [clerks, setClerks] = useState<Clerk[]>([]);
  const [banner, setBanner] = useState<string[]>([]);
  const load = useCallback(() => void invoke('clerks.list', {}).then((r) => setClerks(r.clerks)), []);
  useEffect(load, [load]);
  const c = (k: string) => t(`inspections.clerks.${k}`);

  const submit = async (values: Record<string, string>) => {
    setBanner([]);
    const local = checkWith(contract['clerks.create'].input, values, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    try {
      const created = await invoke('clerks.create', values as never);
      message.success(t('inspections.clerks.created', { name: created.displayName }));
      form.resetFields();
      load();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setBanner(e.issues.length ? showIssues(form, e.issues) : [e.message]);
    }
  };

  return (
    <>
      <Card title={c('create')} style={{ marginBottom: 16 }}>
        {banner.map((b) => (
          <Alert key={b} type="error" title={b} showIcon style={{ marginBottom: 12 }} />
        ))}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'clerk' }}>
          <Row gutter={16} align="bottom">
            <Col span={5}><Form.Item name="username" label={c('username')}><Input autoComplete="off" /></Form.Item></Col>
            <Col span={5}><Form.Item name="displayName" label={c('displayName')}><Input /></Form.Item></Col>
            <Col span={5}>
              <Form.Item name="role" label={c('role')}>
                <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col span={5}><Form.Item name="password" label={c('password')}><Input.Password autoComplete="new-password" /></Form.Item></Col>
            <Col span={4}><Form.Item><Button type="primary" htmlType="submit" block>{c('create')}</Button></Form.Item></Col>
          </Row>
        </Form>
      </Card>
      <Card title={c('title')}>
        <Table<Clerk>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={clerks}
          columns={[
            { title: c('username'), dataIndex: 'username' },
            { title: c('displayName'), dataIndex: 'displayName' },
            { title: c('role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
            {
              title: c('active'),
              render: (_, r) => (
                <Switch
                  checked={r.active}
                  aria-label={`${r.username} ${c('active')}`}
                  onChange={(active) =>
                    void invoke('clerks.setActive', { id: r.id, active }).then(load, (e) => e instanceof ApiError && message.error(e.message))
                  }
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
