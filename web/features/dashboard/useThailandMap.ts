import { useQuery } from '@tanstack/react-query';
import { echarts } from '../../components/echarts.js';

export const THAILAND_MAP = 'TH';

type GeoJsonInput = Parameters<typeof echarts.registerMap>[1];

async function loadThailandMap(): Promise<true> {
  const response = await fetch('/th-provinces.geo.json');
  if (!response.ok) {
    throw new Error(`th-provinces.geo.json: HTTP ${response.status}`);
  }
  echarts.registerMap(THAILAND_MAP, (await response.json()) as GeoJsonInput);
  return true;
}

/** Fetches the province outlines once per session and registers them with ECharts. */
export function useThailandMap() {
  return useQuery({
    queryKey: ['geo', 'th-provinces'],
    queryFn: loadThailandMap,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
