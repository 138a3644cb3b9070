import { expect } from 'vitest';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { createProjectAt } from '../../test/factories.js';
import type { TestClient, TestContext } from '../../test/harness.js';

/** One equipment asset handed over on 2025-01-15 from a completed project of the client's province (Korat). */
export async function registerTestAsset(
  context: TestContext,
  client: TestClient,
  description: string,
): Promise<Asset> {
  const project = await createProjectAt(context, client, 'completed');
  const registered = await client.request('POST', `/api/v1/assets/projects/${project.id}`, {
    body: {
      assets: [
        {
          type: 'equipment',
          description,
          quantity: 1,
          valueSatang: '1000000',
          handoverDate: '2025-01-15',
          locationAreaCode: '300101',
          condition: 'good',
        },
      ],
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  return (registered.json() as { items: Asset[] }).items[0] as Asset;
}
