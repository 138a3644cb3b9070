import { useCan } from '../../app/auth/hooks.js';
import { Forbidden } from '../../components/Forbidden.js';
import { VillageImport } from './VillageImport.js';

export function ImportPage() {
  const canImport = useCan('area.importVillages');
  return canImport ? <VillageImport /> : <Forbidden />;
}
