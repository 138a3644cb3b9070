import type { NotificationInput } from '../../../domain/notifications/notification.js';
import type { Queryable } from '../../platform/db/client.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notifications } from './tables.js';

/**
 * What other features feed into the bell: a source the daily digest job asks for the day's notices
 * (Bangkok date 'YYYY-MM-DD'); it reads through its own service, walls included.
 */
export type DigestSource = (deps: DatabaseDeps, today: string) => Promise<NotificationInput[]>;

/** Adds notices, skipping any whose subject was announced already; answers how many are new. */
export async function notify(tx: Queryable, inputs: readonly NotificationInput[]): Promise<number> {
  if (inputs.length === 0) {
    return 0;
  }
  const added = await tx
    .insert(notifications)
    .values(
      inputs.map((input) => ({
        provinceCode: input.provinceCode,
        kind: input.kind,
        subjectKey: input.subjectKey,
        titleTh: input.title.th,
        titleEn: input.title.en,
        bodyTh: input.body.th,
        bodyEn: input.body.en,
        link: input.link,
      })),
    )
    .onConflictDoNothing({ target: notifications.subjectKey })
    .returning({ id: notifications.id });
  return added.length;
}
