import { Select } from 'antd';
import { ROLES, ROLE_LABELS, type Role } from '../../../domain/auth/roles.js';
import { useLang } from '../../app/i18n/index.js';

export interface RoleSelectProps {
  value?: Role[];
  onChange?: (value: Role[]) => void;
  id?: string;
}

export function RoleSelect({ value, onChange, id }: RoleSelectProps) {
  const { lang } = useLang();
  const options = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role][lang] }));
  return (
    <Select<Role[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid="user-roles"
    />
  );
}
