import { useCallback, useMemo } from 'react';
import { useClusters } from '../../app/api/reference.js';
import { useCurrentUser } from '../../app/auth/hooks.js';

/**
 * Whether an area lies in the signed-in user's capture scope (area codes, clusters, regions or
 * national), so pages can hide what the API would refuse anyway.
 */
export function useCaptureCovers(): (areaCode: string) => boolean {
  const user = useCurrentUser();
  const clusters = useClusters();

  const provinces = useMemo(() => {
    const codes = new Set<string>();
    for (const ref of user?.captureScope ?? []) {
      const group = /^(cluster|region):(.+)$/.exec(ref);
      if (!group) {
        continue;
      }
      const members = (clusters.data?.items ?? []).filter((cluster) =>
        group[1] === 'cluster' ? String(cluster.id) === group[2] : String(cluster.regionId) === group[2],
      );
      members.forEach((cluster) =>
        cluster.members
          .filter((member) => member.validTo === null)
          .forEach((member) => codes.add(member.provinceCode)),
      );
    }
    return codes;
  }, [clusters.data, user]);

  return useCallback(
    (areaCode: string) =>
      (user?.captureScope ?? []).some(
        (ref) => ref === 'national' || (/^\d+$/.test(ref) && areaCode.startsWith(ref)),
      ) || provinces.has(areaCode.slice(0, 2)),
    [provinces, user],
  );
}

/**
 * The areas a need form offers: those in the capture scope and the provinces and districts above
 * them, so a district officer can open the tree down to their district.
 */
export function useCaptureChoices(): (areaCode: string) => boolean {
  const user = useCurrentUser();
  const covers = useCaptureCovers();
  return useCallback(
    (areaCode: string) =>
      covers(areaCode) ||
      (user?.captureScope ?? []).some((ref) => /^\d+$/.test(ref) && ref.startsWith(areaCode)),
    [covers, user],
  );
}
