import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Notification } from '../../../domain/notifications/notification.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { useMarkRead, useNotifications } from './api.js';

/** The header bell: unread count, the newest notices of the user's scope, marking them read. */
export function NotificationBell() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useNotifications();
  const markRead = useMarkRead();
  const unread = data?.unread ?? 0;
  const openNotice = (notice: Notification) => {
    if (!notice.read) {
      markRead.mutate(notice.id);
    }
    setOpen(false);
    if (notice.link) {
      void navigate({ to: notice.link });
    }
  };
  const content = (
    <div className="notification-panel" style={{ width: 360, maxHeight: 420, overflowY: 'auto' }}>
      {data && data.items.length > 0 ? (
        <List<Notification>
          size="small"
          dataSource={data.items}
          renderItem={(notice) => (
            <List.Item
              onClick={() => openNotice(notice)}
              style={{ cursor: 'pointer', fontWeight: notice.read ? 400 : 700 }}
              data-testid="notification-item"
            >
              <List.Item.Meta
                title={notice.title[lang]}
                description={
                  <>
                    <Typography.Text>{notice.body[lang]}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {formatDate(notice.createdAt, lang, { style: 'short', withTime: true })}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('notifications.empty')} />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>{t('notifications.title')}</span>
          <Button size="small" type="link" disabled={unread === 0} onClick={() => markRead.mutate(null)}>
            {t('notifications.readAll')}
          </Button>
        </div>
      }
      content={content}
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notifications.bell', { count: unread })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
