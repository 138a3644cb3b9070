import { Spin, TreeSelect } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useLang } from '../app/i18n/index.js';
import type { AreaTreeNode } from './area-tree/nodes.js';
import { useAreaSearch } from './area-tree/useAreaSearch.js';
import { useAreaTitles } from './area-tree/useAreaTitles.js';
import { useAreaTreeNodes } from './area-tree/useAreaTreeNodes.js';
import { useDebouncedValue } from './useDebouncedValue.js';

export type { AreaTreeNode } from './area-tree/nodes.js';

interface LabelledValue {
  value: string;
  label: ReactNode;
}

interface BaseProps {
  placeholder?: string;
  /** Non-area choices (national, clusters…) shown above the provinces. */
  extraNodes?: readonly AreaTreeNode[];
  className?: string;
  style?: CSSProperties;
  id?: string;
  ariaLabel?: string;
  testId?: string;
  disabled?: boolean;
  /** Only areas this accepts are offered (with their ancestors, so the tree can be opened to them). */
  within?: (code: string) => boolean;
}

interface SingleProps extends BaseProps {
  multiple?: false;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

interface MultipleProps extends BaseProps {
  multiple: true;
  value?: string[] | null;
  onChange?: (value: string[]) => void;
}

export type AreaTreeSelectProps = SingleProps | MultipleProps;

const NO_NODES: readonly AreaTreeNode[] = [];

function toCodes(value: string | string[] | null | undefined): string[] {
  if (Array.isArray(value)) {
    return value;
  }
  return value ? [value] : [];
}

function toLabelledList(value: LabelledValue | LabelledValue[] | null | undefined): LabelledValue[] {
  if (Array.isArray(value)) {
    return value;
  }
  return value ? [value] : [];
}

/** DOPA area picker: lazy tree by level plus server-side name search (?q=). */
export function AreaTreeSelect(props: AreaTreeSelectProps) {
  const { lang } = useLang();
  const extraNodes = props.extraNodes ?? NO_NODES;
  const [search, setSearch] = useState('');
  const searchText = useDebouncedValue(search.trim(), 250);
  const tree = useAreaTreeNodes(lang);
  const hits = useAreaSearch(searchText, lang);
  const [remembered, setRemembered] = useState<Record<string, string>>({});
  const codes = toCodes(props.value);

  const knownTitles = useMemo(() => {
    const titles = new Map<string, string>(Object.entries(remembered));
    for (const node of [...extraNodes, ...tree.nodes]) {
      titles.set(node.value, node.title);
    }
    return titles;
  }, [extraNodes, remembered, tree.nodes]);
  const fetchedTitles = useAreaTitles(
    codes.filter((code) => !knownTitles.has(code)),
    lang,
  );

  const labelled = codes.map((code) => ({
    value: code,
    label: knownTitles.get(code) ?? fetchedTitles.get(code) ?? code,
  }));

  const { within } = props;
  const treeData = useMemo(() => {
    const offered = (nodes: readonly AreaTreeNode[]) =>
      within ? nodes.filter((node) => within(node.value)) : nodes;
    if (search.trim() === '') {
      return [...extraNodes, ...offered(tree.nodes)];
    }
    const needle = search.trim().toLowerCase();
    const extraHits = extraNodes.filter(
      (node) => node.selectable !== false && node.title.toLowerCase().includes(needle),
    );
    return [...extraHits.map((node) => ({ ...node, pId: null })), ...offered(hits.nodes)];
  }, [extraNodes, hits.nodes, search, tree.nodes, within]);

  const handleChange = (next: LabelledValue | LabelledValue[] | null | undefined) => {
    const list = toLabelledList(next);
    setRemembered((previous) => {
      const copy = { ...previous };
      for (const item of list) {
        if (typeof item.label === 'string') {
          copy[item.value] = item.label;
        }
      }
      return copy;
    });
    setSearch('');
    const nextCodes = list.map((item) => item.value);
    if (props.multiple) {
      props.onChange?.(nextCodes);
    } else {
      props.onChange?.(nextCodes[0] ?? null);
    }
  };

  const handleLoadData = async (node: { value?: string | number }) => {
    if (typeof node.value === 'string' && /^\d+$/.test(node.value)) {
      await tree.loadChildren(node.value);
    }
  };

  const busy = tree.loading || hits.loading;
  return (
    <TreeSelect<LabelledValue | LabelledValue[] | undefined>
      id={props.id}
      className={props.className}
      style={props.style}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      data-testid={props.testId}
      multiple={props.multiple}
      labelInValue
      allowClear
      value={props.multiple ? labelled : labelled[0]}
      onChange={handleChange}
      placeholder={props.placeholder}
      treeDataSimpleMode
      treeData={treeData}
      loadData={handleLoadData}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={busy ? <Spin size="small" /> : undefined}
      popupMatchSelectWidth={false}
      listHeight={360}
      maxTagCount="responsive"
    />
  );
}
