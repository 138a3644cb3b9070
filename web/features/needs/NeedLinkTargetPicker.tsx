import { Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { NeedLinkType } from '../../../domain/needs/need.js';
import { useT } from '../../app/i18n/index.js';
import { usePlans, useVersionTree } from '../plans/api.js';

export interface NeedLinkTargetPickerProps {
  /** The need's province: only plans covering it are offered (the API checks scope again). */
  provinceCode: string;
  linkType: NeedLinkType | undefined;
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** Called with the chosen issue's or item's title, to fill the label field. */
  onLabel: (label: string) => void;
}

/**
 * Chooses the plan issue or project-set item a need is linked to: first a plan covering the need's
 * province (the reader's own plans only; the list is scoped by the API), then an issue or item of
 * its latest version, instead of typing an id.
 */
export function NeedLinkTargetPicker({
  provinceCode,
  linkType,
  value,
  onChange,
  onLabel,
}: NeedLinkTargetPickerProps) {
  const t = useT();
  const [planId, setPlanId] = useState<string>();
  const plans = usePlans({ provinceCode, limit: 100, offset: 0 });
  const plan = plans.data?.items.find((candidate) => candidate.id === planId);
  const tree = useVersionTree(plan?.latestVersion?.id);
  const targets = useMemo(() => {
    const issues = tree.data?.issues ?? [];
    if (linkType === 'plan_issue') {
      return issues.map((issue) => ({ value: issue.id, label: issue.title }));
    }
    return issues.flatMap((issue) =>
      issue.approaches.flatMap((approach) =>
        approach.items.map((item) => ({ value: item.id, label: `${item.title} (${approach.title})` })),
      ),
    );
  }, [tree.data, linkType]);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        aria-label={t('needs.linkPicker.plan')}
        placeholder={t('needs.linkPicker.planPlaceholder')}
        loading={plans.isLoading}
        value={planId}
        onChange={(id: string) => {
          setPlanId(id);
          onChange?.(undefined);
        }}
        options={(plans.data?.items ?? [])
          .filter((candidate) => candidate.latestVersion)
          .map((candidate) => ({ value: candidate.id, label: candidate.title }))}
        notFoundContent={t('needs.linkPicker.noPlan')}
      />
      <Select
        aria-label={t('needs.linkPicker.target')}
        placeholder={t(
          linkType === 'plan_issue'
            ? 'needs.linkPicker.issuePlaceholder'
            : 'needs.linkPicker.itemPlaceholder',
        )}
        disabled={!plan || !linkType || linkType === 'project'}
        loading={tree.isLoading}
        showSearch
        optionFilterProp="label"
        value={value}
        onChange={(id: string) => {
          onChange?.(id);
          onLabel(targets.find((target) => target.value === id)?.label ?? '');
        }}
        options={targets}
      />
    </Space>
  );
}
