import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Switch, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../core/api/contract';
import type { Lang } from '../../core/i18n/types';
import { ROLES } from '../../core/roles';
import { ApiError } from '../api/client';
import { useProcedure, useProcedureMutation } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { checkWith, showIssues } from '../forms/issues';

type Clerk = ProcedureOutput<'clerks.list'>['clerks'][number];
type NewClerk = ProcedureInput<'clerks.create'>;

/** The admin's accounts page: create clerks, inspectors and supervisors; switch accounts off. */
export function ClerksPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewClerk>();
  const list = useProcedure('clerks.list', {});
  const create = useProcedureMutation('clerks.create');
  const setActive = useProcedureMutation('clerks.setActive');
  const [banner, setBanner] = useState<string[]>([]);
  const c = (k: string) => t(`inspections.clerks.${k}`);

  const submit = async (values: NewClerk) => {
    setBanner([]);
    const local = checkWith(contract['clerks.create'].input, values, i18n.language as Lang);
    if (local.length) return setBanner(showIssues(form, local));
    try {
      const created = await create.mutateAsync(values);
      message.success(t('inspections.clerks.created', { name: created.displayName }));
      form.resetFields();
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
            <Col span={5}>
              <Form.Item name="username" label={c('username')}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="displayName" label={c('displayName')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="role" label={c('role')}>
                <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="password" label={c('password')}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item>
                <Button type="primary" htmlType="submit" block>
                  {c('create')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={c('title')}>
        <LoadError error={list.error} />
        <Table<Clerk>
          rowKey="id"
          size="small"
          pagination={false}
          loading={list.isPending}
          dataSource={list.data?.clerks ?? []}
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
                    void setActive.mutateAsync({ id: r.id, active }).catch((e) => e instanceof ApiError && message.error(e.message))
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
