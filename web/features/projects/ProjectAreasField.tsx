import { Form } from 'antd';
import { useT } from '../../app/i18n/index.js';
import { AreaTreeSelect } from '../../components/AreaTreeSelect.js';

/** The project's areas; a provincial project offers only areas of its province. */
export function ProjectAreasField({ provinceCode }: { provinceCode: string | undefined }) {
  const t = useT();
  return (
    <Form.Item name="areaCodes" label={t('projectForm.areas')}>
      <AreaTreeSelect
        multiple
        testId="project-areas"
        ariaLabel={t('projectForm.areas')}
        within={provinceCode ? (code) => code.startsWith(provinceCode) : undefined}
      />
    </Form.Item>
  );
}
