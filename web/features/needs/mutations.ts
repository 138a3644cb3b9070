import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NeedInput, NeedUpdateInput } from '../../../domain/needs/need.js';
import type { NeedMergeInput, NeedTransitionInput } from '../../../domain/needs/state-machine.js';
import { apiFetch } from '../../app/api/client.js';
import type { Job } from '../../app/api/types.js';
import { needKeys } from './api.js';
import type { Need, NeedAttachment } from '../../../domain/needs/need-response.js';

const needPath = (id: string) => `/api/v1/needs/${encodeURIComponent(id)}`;

function useInvalidateNeeds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: needKeys.all });
}

export function useCreateNeed() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (body: NeedInput) => apiFetch<Need>('/api/v1/needs', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export interface UpdateNeedArgs {
  id: string;
  version: number;
  body: Omit<NeedUpdateInput, 'version'>;
}

export function useUpdateNeed() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateNeedArgs) =>
      apiFetch<Need>(needPath(id), { method: 'PATCH', body, ifMatch: version }),
    onSuccess: invalidate,
  });
}

export interface TransitionNeedArgs {
  id: string;
  version: number;
  body: NeedTransitionInput;
}

export function useTransitionNeed() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ id, version, body }: TransitionNeedArgs) =>
      apiFetch<Need>(`${needPath(id)}/transitions`, { method: 'POST', body, ifMatch: version }),
    onSuccess: invalidate,
  });
}

export interface MergeNeedsArgs {
  /** The need that stays and receives the others' sources. */
  targetId: string;
  targetVersion: number;
  body: Omit<NeedMergeInput, 'version'>;
}

export interface MergeResult {
  need: Need;
  merged: { id: string; referenceNo: string }[];
}

export function useMergeNeeds() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ targetId, targetVersion, body }: MergeNeedsArgs) =>
      apiFetch<MergeResult>(`${needPath(targetId)}/merge`, { method: 'POST', body, ifMatch: targetVersion }),
    onSuccess: invalidate,
  });
}

function fileForm(file: File): FormData {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return formData;
}

export function useAttachNeedFile() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ needId, file }: { needId: string; file: File }) =>
      apiFetch<NeedAttachment>(`${needPath(needId)}/attachments`, {
        method: 'POST',
        formData: fileForm(file),
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteNeedAttachment() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ needId, attachmentId }: { needId: string; attachmentId: string }) =>
      apiFetch<void>(`${needPath(needId)}/attachments/${encodeURIComponent(attachmentId)}`, {
        method: 'DELETE',
      }),
    onSuccess: invalidate,
  });
}

export function useUploadNeedImport() {
  return useMutation({
    mutationFn: (file: File) =>
      apiFetch<{ job: Job }>('/api/v1/needs/imports', { method: 'POST', formData: fileForm(file) }),
  });
}
