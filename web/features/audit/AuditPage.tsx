import { useCan } from '../../app/auth/hooks.js';
import { Forbidden } from '../../components/Forbidden.js';
import { AuditLog } from './AuditLog.js';

export function AuditPage() {
  const canRead = useCan('audit.read');
  return canRead ? <AuditLog /> : <Forbidden />;
}
