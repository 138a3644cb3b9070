import sharp from 'sharp';
import { expect } from 'vitest';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import type { TestClient } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { checkWithPhoto } from '../assets/test-asset.js';

/** A camera-sized JPEG, large enough to be shrunk into a preview. */
export const cameraPhoto = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5a8' } })
    .jpeg()
    .toBuffer();

/** Attaches a file to the project's progress report of 2569 Q2 (which must exist); answers its id. */
export async function attachEvidence(client: TestClient, projectId: string, name: string, content: Buffer) {
  const kept = await client.request(
    'POST',
    `/api/v1/results/projects/${projectId}/evidence?fiscalYear=2569&quarter=2`,
    multipartFile(name, content),
  );
  expect(kept.statusCode, kept.body).toBe(201);
  const files = (kept.json() as ProjectResults).progress.flatMap((item) => item.evidence);
  return files.find((file) => file.fileName === name)?.id ?? '';
}

/** Records a yearly check of the asset on that day with the photo (check.jpg); answers the check's id. */
export async function checkAssetWithPhoto(
  client: TestClient,
  assetId: string,
  checkedOn: string,
  photo: Buffer,
) {
  const checked = await checkWithPhoto(
    client,
    { id: assetId },
    `checkedOn=${checkedOn}&condition=good&inUse=true`,
    'check.jpg',
    photo,
  );
  expect(checked.statusCode, checked.body).toBe(201);
  return (checked.json() as AssetDetail).checks.find((check) => check.checkedOn === checkedOn)?.id ?? '';
}
