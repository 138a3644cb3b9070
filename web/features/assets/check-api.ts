import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssetCheck, AssetDetail } from '../../../domain/assets/asset-response.js';
import type { AssetCheckInput, AssetCheckUpdate } from '../../../domain/assets/checks.js';
import { apiFetch } from '../../app/api/client.js';

/**
 * Records a yearly check: with a photo in one multipart request (the check is kept only if the photo
 * is), without one as JSON.
 */
export function useRecordAssetCheck(assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, photo }: { input: AssetCheckInput; photo: File | undefined }) => {
      const url = `/api/v1/assets/${assetId}/checks`;
      if (!photo) {
        return apiFetch<AssetDetail>(url, { method: 'POST', body: input });
      }
      const formData = new FormData();
      formData.append('file', photo);
      return apiFetch<AssetDetail>(`${url}/photo`, { method: 'POST', query: input, formData });
    },
    onSuccess: (asset) => {
      client.setQueryData(['assets', 'detail', assetId], asset);
      void client.invalidateQueries({ queryKey: ['assets', 'list'] });
      void client.invalidateQueries({ queryKey: ['assets', 'backlog'] });
    },
  });
}

/** Corrects (PATCH) or withdraws (DELETE) a recorded check under If-Match, then reloads the asset. */
export function useChangeAssetCheck(assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ check, input }: { check: AssetCheck; input: AssetCheckUpdate | null }) =>
      apiFetch<AssetCheck | null>(`/api/v1/asset-checks/${check.id}`, {
        method: input ? 'PATCH' : 'DELETE',
        body: input ?? undefined,
        ifMatch: check.version,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['assets', 'detail', assetId] });
      void client.invalidateQueries({ queryKey: ['assets', 'list'] });
      void client.invalidateQueries({ queryKey: ['assets', 'backlog'] });
    },
  });
}

export const checkPhotoHref = (assetId: string, checkId: string, thumbnail = false) =>
  `/api/v1/assets/${assetId}/checks/${checkId}/photo${thumbnail ? '/thumbnail' : ''}`;
