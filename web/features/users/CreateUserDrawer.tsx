import { App, Button, Drawer, Flex, Form, Input } from 'antd';
import type { Role } from '../../../domain/auth/roles.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useT } from '../../app/i18n/index.js';
import { AgencySelect } from '../agencies/AgencySelect.js';
import { useCreateUser, type CreateUserBody } from './api.js';
import { RoleSelect } from './RoleSelect.js';
import { ScopeSelect } from './ScopeSelect.js';

export interface CreateUserDrawerProps {
  onClose: () => void;
}

interface CreateUserValues {
  username?: string;
  displayName?: string;
  email?: string;
  password?: string;
  agencyId?: string | null;
  roles?: Role[];
  captureScope?: string[];
  viewScope?: string[];
}

function toBody(values: CreateUserValues): CreateUserBody {
  const email = values.email?.trim();
  return {
    username: values.username?.trim() ?? '',
    displayName: values.displayName?.trim() ?? '',
    password: values.password ?? '',
    roles: values.roles ?? [],
    captureScope: values.captureScope ?? [],
    viewScope: values.viewScope ?? [],
    ...(email ? { email } : {}),
    ...(values.agencyId ? { agencyId: values.agencyId } : {}),
  };
}

export function CreateUserDrawer({ onClose }: CreateUserDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<CreateUserValues>();
  const create = useCreateUser();

  const requiredRule = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('users.required', { field }),
  });

  const handleFinish = (values: CreateUserValues) => {
    create.mutate(toBody(values), {
      onSuccess: () => {
        void message.success(t('users.saved'));
        onClose();
      },
      onError: (error) => handleApiError(error, { form }),
    });
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('users.create')}
      size="large"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => form.submit()}
            data-testid="user-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        initialValues={{ roles: [], captureScope: [], viewScope: [] }}
        onFinish={handleFinish}
        autoComplete="off"
      >
        <Form.Item name="username" label={t('users.username')} rules={[requiredRule(t('users.username'))]}>
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[requiredRule(t('users.displayName'))]}
        >
          <Input data-testid="user-displayName" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input type="email" />
        </Form.Item>
        <Form.Item name="password" label={t('users.password')} rules={[requiredRule(t('users.password'))]}>
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <Form.Item name="agencyId" label={t('users.agency')}>
          <AgencySelect />
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
      </Form>
    </Drawer>
  );
}
