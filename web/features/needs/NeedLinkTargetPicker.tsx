import { Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { NeedLinkType } from '../../../domain/needs/need.js';
import { useLang } from '../../app/i18n/index.js';
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
  const { lang } = useLang();
  const english = lang === 'en';
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
        aria-label={english ? 'Plan' : 'แผน'}
        placeholder={english ? 'Choose a plan covering this area' : 'เลือกแผนที่ครอบคลุมพื้นที่นี้'}
        loading={plans.isLoading}
        value={planId}
        onChange={(id: string) => {
          setPlanId(id);
          onChange?.(undefined);
        }}
        options={(plans.data?.items ?? [])
          .filter((candidate) => candidate.latestVersion)
          .map((candidate) => ({ value: candidate.id, label: candidate.title }))}
        notFoundContent={english ? 'No plan covers this area' : 'ไม่มีแผนที่ครอบคลุมพื้นที่นี้'}
      />
      <Select
        aria-label={english ? 'Issue or item' : 'ประเด็นหรือรายการ'}
        placeholder={
          linkType === 'plan_issue'
            ? english
              ? 'Choose a development issue'
              : 'เลือกประเด็นการพัฒนา'
            : english
              ? 'Choose a project-set item'
              : 'เลือกรายการชุดโครงการ'
        }
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
