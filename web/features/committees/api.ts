import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgendaItemView,
  CommitteeDetail,
  CommitteeView,
  FollowUpView,
  MeetingDetail,
  MeetingView,
  MemberSaved,
  CommitteeDashboard,
} from '../../../domain/committees/responses.js';
import type {
  AgendaItemCreate,
  MemberCreate,
  meetingCreateSchema,
  ResolutionInput,
} from '../../../domain/committees/schemas.js';
import type { Items } from '../../../domain/common/paging.js';
import { apiFetch } from '../../app/api/client.js';

export const committeeKeys = {
  all: ['committees'] as const,
  list: () => ['committees', 'list'] as const,
  detail: (id: string) => ['committees', 'detail', id] as const,
  meetings: (committeeId: string) => ['committees', 'meetings', committeeId] as const,
  meeting: (id: string) => ['committees', 'meeting', id] as const,
  followUps: () => ['committees', 'follow-ups'] as const,
};

type Page<T> = { items: T[]; nextCursor: string | null };
const meetingPath = (id: string) => `/api/v1/meetings/${encodeURIComponent(id)}`;

export const useCommittees = () =>
  useQuery({
    queryKey: committeeKeys.list(),
    queryFn: ({ signal }) =>
      apiFetch<Page<CommitteeView>>('/api/v1/committees', { query: { limit: 200 }, signal }),
  });

export const useCommittee = (id: string) =>
  useQuery({
    queryKey: committeeKeys.detail(id),
    queryFn: ({ signal }) =>
      apiFetch<CommitteeDetail>(`/api/v1/committees/${encodeURIComponent(id)}`, { signal }),
  });

export const useMeetings = (committeeId: string) =>
  useQuery({
    queryKey: committeeKeys.meetings(committeeId),
    queryFn: ({ signal }) =>
      apiFetch<Page<MeetingView>>('/api/v1/meetings', { query: { committeeId, limit: 200 }, signal }),
  });

export const useMeeting = (id: string) =>
  useQuery({
    queryKey: committeeKeys.meeting(id),
    queryFn: ({ signal }) => apiFetch<MeetingDetail>(meetingPath(id), { signal }),
  });

export const useOpenFollowUps = () =>
  useQuery({
    queryKey: committeeKeys.followUps(),
    queryFn: ({ signal }) => apiFetch<Items<FollowUpView>>('/api/v1/committee-follow-ups', { signal }),
  });

/** Every committee write refreshes what it may have touched. */
function useCommitteeMutation<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

export const useCreateMeeting = () =>
  useCommitteeMutation((body: z.input<typeof meetingCreateSchema>) =>
    apiFetch<MeetingView>('/api/v1/meetings', { method: 'POST', body }),
  );

export const useBuildAgenda = (id: string) =>
  useCommitteeMutation(() => apiFetch<MeetingDetail>(`${meetingPath(id)}/agenda/build`, { method: 'POST' }));

export const useAddAgendaItem = (id: string) =>
  useCommitteeMutation((body: AgendaItemCreate) =>
    apiFetch<AgendaItemView>(`${meetingPath(id)}/agenda-items`, { method: 'POST', body }),
  );

export const useMarkHeld = (id: string) =>
  useCommitteeMutation((version: number) =>
    apiFetch<MeetingView>(meetingPath(id), { method: 'PATCH', body: { status: 'held' }, ifMatch: version }),
  );

export const useRecordResolution = () =>
  useCommitteeMutation(
    ({
      itemId,
      version,
      body,
    }: {
      itemId: string;
      version: number;
      body: Omit<ResolutionInput, 'version'>;
    }) =>
      apiFetch<AgendaItemView>(`/api/v1/agenda-items/${encodeURIComponent(itemId)}/resolution`, {
        method: 'PUT',
        body,
        ifMatch: version,
      }),
  );

export const minutesUrl = (id: string, format: 'pdf' | 'docx' = 'pdf') =>
  `${meetingPath(id)}/minutes.${format}`;
export const signedMinutesUrl = (id: string) => `${meetingPath(id)}/signed-minutes`;

/** Appoints (no id) or corrects (id and version, under If-Match) a member; answers the term warnings. */
export const useSaveMember = (committeeId: string) =>
  useCommitteeMutation(
    ({ id, version, body }: { id: string | null; version: number | null; body: MemberCreate }) =>
      id === null
        ? apiFetch<MemberSaved>(`/api/v1/committees/${encodeURIComponent(committeeId)}/members`, {
            method: 'POST',
            body,
          })
        : apiFetch<MemberSaved>(`/api/v1/committee-members/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body,
            ifMatch: version ?? undefined,
          }),
  );

/** The upload body: the one file in the "file" field the server reads. */
function singleFile(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

export const useUploadSignedMinutes = (id: string) =>
  useCommitteeMutation((file: File) =>
    apiFetch<MeetingView>(signedMinutesUrl(id), { method: 'POST', formData: singleFile(file) }),
  );

/** The dashboard card: next meetings and open follow-ups in view. */
export const useCommitteeDashboard = () =>
  useQuery({
    queryKey: [...committeeKeys.all, 'dashboard'],
    queryFn: ({ signal }) => apiFetch<CommitteeDashboard>('/api/v1/committee-dashboard', { signal }),
  });
