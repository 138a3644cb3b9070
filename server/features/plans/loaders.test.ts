import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { loadVisibleVersion } from './access.js';
import { visibleChild } from './children.js';

const planner: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  roles: ['provincial_planner'],
  captureScope: { all: false, areaCodes: ['30'] },
  viewScope: { all: false, areaCodes: ['30'] },
};

/** A transaction whose selects answer in turn: rows, or a failure such as a dropped connection. */
function scriptedTx(answers: (unknown[] | Error)[]): Queryable {
  const next = () => {
    const answer = answers.shift();
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer ?? []);
  };
  const query = { from: () => query, where: () => next(), orderBy: () => next() };
  return { select: () => query } as unknown as Queryable;
}

const ITEM = { th: 'รายการ', en: 'Item' };

describe('plan loaders', () => {
  it('answer 404 for a version that does not exist', async () => {
    const error = await loadVisibleVersion(scriptedTx([[]]), planner, 'missing').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(404);
  });

  it('let a database failure through instead of calling it not found', async () => {
    const lost = new Error('connection lost');
    const version = { id: 'v1', planId: 'p1', provinceCode: '30', clusterId: null };
    await expect(loadVisibleVersion(scriptedTx([[version], lost]), planner, 'v1')).rejects.toBe(lost);
    await expect(
      visibleChild(scriptedTx([lost]), planner, { planVersionId: 'v1', version: 1 }, ITEM),
    ).rejects.toBe(lost);
  });
});
