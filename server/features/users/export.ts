import { ROLE_LABELS } from '../../../domain/auth/roles.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { User, UserListFilter } from '../../../domain/users/user.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { listUsers } from './service.js';

/** The user list as a sheet: accounts, roles and scopes, never a password or its hash. */
export function userListExport(
  deps: DatabaseDeps,
  actor: Actor,
  filter: Omit<UserListFilter, 'limit' | 'offset'>,
): ListExport<User> {
  return {
    sheetName: 'ผู้ใช้',
    columns: [
      { key: 'username', header: 'ชื่อผู้ใช้' },
      { key: 'display_name', header: 'ชื่อ-สกุล', width: 30 },
      { key: 'email', header: 'อีเมล', width: 28 },
      { key: 'roles', header: 'บทบาท', width: 40 },
      { key: 'capture_scope', header: 'ขอบเขตบันทึก' },
      { key: 'view_scope', header: 'ขอบเขตดู' },
      { key: 'active', header: 'สถานะ' },
      { key: 'last_login_at', header: 'เข้าระบบล่าสุด (UTC)', width: 22 },
    ],
    fetchPage: (paging) => listUsers(deps, actor, { ...filter, ...paging }),
    toRow: (user) => ({
      username: user.username,
      display_name: user.displayName,
      email: user.email,
      roles: user.roles.map((role) => ROLE_LABELS[role].th).join(', '),
      capture_scope: user.captureScope.join(' '),
      view_scope: user.viewScope.join(' '),
      active: user.isActive ? 'ใช้งาน' : 'ระงับ',
      last_login_at: user.lastLoginAt,
    }),
  };
}
