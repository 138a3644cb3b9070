import { Alert, App, Button } from 'antd';
import type { User } from '../../app/api/types.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { useUnlockUser } from './api.js';

/** Shows a sign-in lockout that is still running, with the administrator's unlock button. */
export function LockNotice({ user }: { user: Pick<User, 'id' | 'lockedUntil'> }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const unlock = useUnlockUser();
  if (!user.lockedUntil || new Date(user.lockedUntil).getTime() <= Date.now()) {
    return null;
  }
  const time = formatDate(user.lockedUntil, lang, { style: 'short', withTime: true });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={t('users.lockedUntil', { time })}
      action={
        <Button
          size="small"
          loading={unlock.isPending}
          data-testid="user-unlock"
          onClick={() =>
            unlock.mutate(user.id, {
              onSuccess: () => void message.success(t('users.unlocked')),
              onError: (error) => handleApiError(error),
            })
          }
        >
          {t('users.unlock')}
        </Button>
      }
    />
  );
}
