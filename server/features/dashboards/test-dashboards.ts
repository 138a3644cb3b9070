import { expect } from 'vitest';
import type { RulesFailing } from '../../../domain/dashboards/rules-failing.js';
import type { TestClient } from '../../test/harness.js';

/** A GET that must answer 200, its JSON body. */
export async function json<T>(client: TestClient, url: string): Promise<T> {
  const response = await client.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

/**
 * Walks a rules-failing list one project a page and checks the walk gives the whole list once, in
 * code order (`url` names the unit and year, without limit or cursor).
 */
export async function expectRulesFailingWalk(client: TestClient, url: string): Promise<void> {
  const whole = await json<RulesFailing>(client, `${url}&limit=200`);
  expect(whole.nextCursor).toBeNull();
  expect(whole.items.length).toBeGreaterThan(1);
  const walked: string[] = [];
  let cursor: string | null = null;
  do {
    const page: RulesFailing = await json<RulesFailing>(
      client,
      `${url}&limit=1${cursor === null ? '' : `&cursor=${cursor}`}`,
    );
    expect(page.items).toHaveLength(1);
    walked.push(...page.items.map((project) => project.code));
    cursor = page.nextCursor;
  } while (cursor !== null && walked.length <= whole.items.length);
  expect(walked).toEqual(whole.items.map((project) => project.code));
  expect(walked).toEqual([...walked].sort());
}
