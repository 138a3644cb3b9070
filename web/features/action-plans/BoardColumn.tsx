import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import {
  ENTRY_CLASSES,
  ENTRY_CLASS_LABELS,
  type EntryClass,
} from '../../../domain/action-plans/action-plan.js';
import type { ActionPlanEntry } from '../../../domain/action-plans/responses.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';

export interface BoardColumnProps {
  entryClass: EntryClass;
  entries: readonly ActionPlanEntry[];
  editable: boolean;
  /** Moves an entry to a column at a place (0 = top priority). */
  onMove: (entryId: string, target: EntryClass, index: number) => void;
}

const DRAG_TYPE = 'application/x-action-plan-entry';

/**
 * One column of the board, ranked top first. Entries move by drag and drop or, from the keyboard,
 * by the up/down buttons and the column picker on each card.
 */
export function BoardColumn({ entryClass, entries, editable, onMove }: BoardColumnProps) {
  const t = useT();
  const { lang } = useLang();
  const [over, setOver] = useState(false);
  const total = entries.reduce((sum, entry) => sum + BigInt(entry.amountSatang), 0n);

  const dropAt = (event: DragEvent, index: number) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    if (id) {
      onMove(id, entryClass, index);
    }
  };

  return (
    <Card
      size="small"
      title={ENTRY_CLASS_LABELS[entryClass][lang]}
      extra={
        <Typography.Text>
          {entries.length} · {formatBaht(total)} {t('actionPlans.baht')}
        </Typography.Text>
      }
      className={over ? 'action-board-column action-board-over' : 'action-board-column'}
      data-testid={`board-column-${entryClass}`}
      onDragOver={(event) => {
        if (editable) {
          event.preventDefault();
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => dropAt(event, entries.length)}
    >
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('actionPlans.emptyColumn')} />
      ) : (
        <List
          size="small"
          dataSource={[...entries]}
          renderItem={(entry, index) => (
            <List.Item
              key={entry.id}
              draggable={editable}
              onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, entry.id)}
              onDrop={(event) => dropAt(event, index)}
              data-testid={`board-entry-${entry.projectCode}`}
              actions={
                editable
                  ? [
                      <Button
                        key="up"
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('actionPlans.moveUp', { code: entry.projectCode })}
                        disabled={index === 0}
                        onClick={() => onMove(entry.id, entryClass, index - 1)}
                      />,
                      <Button
                        key="down"
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('actionPlans.moveDown', { code: entry.projectCode })}
                        disabled={index === entries.length - 1}
                        onClick={() => onMove(entry.id, entryClass, index + 1)}
                      />,
                      <Select
                        key="column"
                        size="small"
                        value={entryClass}
                        aria-label={t('actionPlans.moveTo', { code: entry.projectCode })}
                        style={{ width: 150 }}
                        options={ENTRY_CLASSES.map((key) => ({
                          value: key,
                          label: ENTRY_CLASS_LABELS[key][lang],
                        }))}
                        onChange={(target: EntryClass) => onMove(entry.id, target, Number.MAX_SAFE_INTEGER)}
                      />,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {index + 1}. {entry.title}
                </Typography.Text>
                <Space size="small" wrap>
                  <Tag>{entry.projectCode}</Tag>
                  <Typography.Text>
                    {formatBaht(BigInt(entry.amountSatang))} {t('actionPlans.baht')}
                  </Typography.Text>
                  {entry.agencyName && <Typography.Text type="secondary">{entry.agencyName}</Typography.Text>}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
