import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Notification, NotificationPage } from '../../../domain/notifications/notification.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { notificationReads, notifications } from './tables.js';

const readByMe = (actor: Actor) =>
  and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId));

async function unreadCount(tx: Queryable, actor: Actor): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(notifications)
    .leftJoin(notificationReads, readByMe(actor))
    .where(isNull(notificationReads.notificationId));
  return row?.value ?? 0;
}

/** The newest notices of the actor's provinces (row-level security decides which) and the unread count. */
export async function listNotifications(
  deps: DatabaseDeps,
  actor: Actor,
  query: { limit: number },
): Promise<NotificationPage> {
  authorize(actor, 'notifications.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select({ notice: notifications, readAt: notificationReads.readAt })
      .from(notifications)
      .leftJoin(notificationReads, readByMe(actor))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit);
    const items: Notification[] = rows.map(({ notice, readAt }) => ({
      id: notice.id,
      kind: notice.kind,
      provinceCode: notice.provinceCode,
      title: { th: notice.titleTh, en: notice.titleEn },
      body: { th: notice.bodyTh, en: notice.bodyEn },
      link: notice.link,
      createdAt: notice.createdAt.toISOString(),
      read: readAt !== null,
    }));
    return { items, unread: await unreadCount(tx, actor) };
  });
}

/** How many notices of the actor's provinces they have not read (the bell's badge). */
export async function countUnread(deps: DatabaseDeps, actor: Actor): Promise<{ unread: number }> {
  authorize(actor, 'notifications.read');
  return inActorTransaction(deps.database, actor, async (tx) => ({ unread: await unreadCount(tx, actor) }));
}

/** Marks one notice read (404 when the actor cannot see it). */
export async function markRead(deps: DatabaseDeps, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'notifications.read');
  await inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.id, id));
    if (!found) {
      throw notFound({ th: 'ไม่พบการแจ้งเตือน', en: 'Notification not found' });
    }
    await tx
      .insert(notificationReads)
      .values({ userId: actor.userId, notificationId: id })
      .onConflictDoNothing();
  });
}

/** Marks every notice the actor can see read. */
export async function markAllRead(deps: DatabaseDeps, actor: Actor): Promise<void> {
  authorize(actor, 'notifications.read');
  await inActorTransaction(deps.database, actor, async (tx) => {
    await tx.execute(sql`insert into ${notificationReads} (user_id, notification_id)
      select ${actor.userId}, ${notifications.id} from ${notifications}
      on conflict do nothing`);
  });
}
