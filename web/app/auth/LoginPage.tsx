import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { ApiError } from '../api/client.js';
import { readStoredLang } from '../i18n/lang.js';
import { useLang, useT } from '../i18n/index.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';
import { useLogin } from './hooks.js';
import type { Credentials } from './session.js';
import { safeRedirect } from './safeRedirect.js';

export function LoginPage() {
  const t = useT();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/login' });
  const loginMutation = useLogin();

  const handleFinish = (values: Credentials) => {
    loginMutation.mutate(values, {
      onSuccess: (session) => {
        if (readStoredLang() === null && session.user.locale !== lang) {
          setLang(session.user.locale);
        }
        void navigate({ href: safeRedirect(redirect), replace: true });
      },
    });
  };

  const error = loginMutation.error;
  const errorText =
    error instanceof ApiError && error.problem
      ? error.problem.messages[lang]
      : error
        ? t('error.network')
        : null;

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={1} style={{ marginBottom: 0, fontSize: 30 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('app.subtitle')} · {t('app.ministry')}
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 20 }}>
          {t('login.title')}
        </Typography.Title>
        {errorText && <Alert type="error" title={errorText} showIcon style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={handleFinish} requiredMark={false} autoComplete="on">
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={loginMutation.isPending}
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
