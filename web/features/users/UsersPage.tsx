import { useCan } from '../../app/auth/hooks.js';
import { Forbidden } from '../../components/Forbidden.js';
import { UsersAdmin } from './UsersAdmin.js';

export function UsersPage() {
  const canManage = useCan('user.manage');
  return canManage ? <UsersAdmin /> : <Forbidden />;
}
