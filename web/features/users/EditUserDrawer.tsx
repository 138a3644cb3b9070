import { App, Button, Drawer, Flex, Form, Input, Switch } from 'antd';
import type { User } from '../../app/api/types.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useT } from '../../app/i18n/index.js';
import { AgencySelect } from '../agencies/AgencySelect.js';
import { useUpdateUser } from './api.js';
import { LockNotice } from './LockNotice.js';
import { RoleSelect } from './RoleSelect.js';
import { ScopeSelect } from './ScopeSelect.js';
import { changedFields, userToEditValues, type EditUserValues } from './userChanges.js';

export interface EditUserDrawerProps {
  user: User;
  onClose: () => void;
  onReload: () => void;
}

export function EditUserDrawer({ user, onClose, onReload }: EditUserDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<EditUserValues>();
  const update = useUpdateUser();

  const handleFinish = (values: EditUserValues) => {
    const body = changedFields(user, values);
    if (Object.keys(body).every((key) => key === 'reason')) {
      onClose();
      return;
    }
    update.mutate(
      { user, body },
      {
        onSuccess: () => {
          void message.success(t('users.saved'));
          onClose();
        },
        onError: (error) => handleApiError(error, { form, onReload }),
      },
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={`${t('users.edit')}: ${user.username}`}
      size="large"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={update.isPending}
            onClick={() => form.submit()}
            data-testid="user-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <LockNotice user={user} />
      <Form<EditUserValues>
        form={form}
        layout="vertical"
        initialValues={userToEditValues(user)}
        onFinish={handleFinish}
      >
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('users.required', { field: t('users.displayName') }),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input type="email" />
        </Form.Item>
        <Form.Item name="agencyId" label={t('users.agency')}>
          <AgencySelect />
        </Form.Item>
        <Form.Item name="isActive" label={t('users.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
        >
          <RoleSelect />
        </Form.Item>
        <Form.Item name="captureScope" label={t('users.captureScope')}>
          <ScopeSelect testId="user-captureScope" />
        </Form.Item>
        <Form.Item name="viewScope" label={t('users.viewScope')}>
          <ScopeSelect testId="user-viewScope" />
        </Form.Item>
        <Form.Item name="reason" label={t('users.reason')} extra={t('users.reasonHint')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="user-reason" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
