import { Alert, Table, Typography } from 'antd';
import { ROLE_LABELS } from '../../../domain/auth/roles.js';
import type { Untrained } from '../../../domain/training/responses.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useUntrained } from './api.js';

type Flag = Untrained['flags'][number];

/** The province's roles with nobody trained on a step they carry out. */
export function UntrainedSection({ provinceCode }: { provinceCode: string }) {
  const t = useT();
  const { lang } = useLang();
  const untrained = useUntrained(provinceCode);
  return (
    <section aria-labelledby="training-untrained-title">
      <Typography.Title level={4} id="training-untrained-title">
        {t('training.untrained.title')}
      </Typography.Title>
      {untrained.isError ? <Alert type="error" showIcon message={t('training.loadError')} /> : null}
      <Table<Flag>
        rowKey={(flag) => `${flag.topic}/${flag.role}`}
        size="small"
        pagination={false}
        loading={untrained.isPending}
        dataSource={untrained.data?.flags ?? []}
        locale={{ emptyText: t('training.untrained.none') }}
        data-testid="training-untrained"
        columns={[
          { title: t('training.col.topic'), render: (_, flag) => flag.topicLabel[lang] },
          { title: t('training.col.role'), render: (_, flag) => ROLE_LABELS[flag.role][lang] },
          {
            title: t('training.col.holders'),
            align: 'right',
            render: (_, flag) => (flag.holders === 0 ? t('training.untrained.nobody') : flag.holders),
          },
        ]}
      />
    </section>
  );
}
