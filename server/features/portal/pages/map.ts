import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';
import type { MapPoint } from '../reads.js';

/**
 * The province map as inline SVG drawn on the server: the province outline from the web app's
 * GeoJSON and a dot per project site, each dot a link. No map library, no tiles, nothing to load.
 */
type Ring = [number, number][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
type Collection = { features: { properties: { name: string }; geometry: Geometry }[] };

const WIDTH = 600;
const outlinesByDir = new Map<string, Map<string, Ring[]>>();

function outlines(webDir: string): Map<string, Ring[]> {
  let found = outlinesByDir.get(webDir);
  if (!found) {
    found = new Map();
    try {
      const collection = JSON.parse(
        readFileSync(join(webDir, 'th-provinces.geo.json'), 'utf8'),
      ) as Collection;
      for (const feature of collection.features) {
        const { geometry } = feature;
        const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
        found.set(feature.properties.name, rings);
      }
    } catch {
      // Without the built web app (tests, API-only installs) the map shows the dots alone.
    }
    outlinesByDir.set(webDir, found);
  }
  return found;
}

export function provinceMap(
  webDir: string,
  provinceCode: string,
  points: readonly MapPoint[],
  label: string,
  hrefOf: (code: string) => string,
): SafeHtml | null {
  const rings = outlines(webDir).get(provinceCode) ?? [];
  const all: [number, number][] = [
    ...rings.flat(),
    ...points.map((p): [number, number] => [p.longitude, p.latitude]),
  ];
  if (all.length === 0) {
    return null;
  }
  const lons = all.map(([lon]) => lon);
  const lats = all.map(([, lat]) => lat);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * xScale, 0.05);
  const spanY = Math.max(maxLat - minLat, 0.05);
  const scale = (WIDTH - 40) / Math.max(spanX, spanY);
  const height = Math.round(spanY * scale + 40);
  const x = (lon: number) => (20 + (lon - minLon) * xScale * scale).toFixed(1);
  const y = (lat: number) => (20 + (maxLat - lat) * scale).toFixed(1);
  const path = rings.map((ring) => `M${ring.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join('L')}Z`).join('');
  return html`<svg class="map" viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label="${label}">
    ${path ? html`<path d="${path}" />` : ''}
    ${points.map(
      (point) =>
        html`<a href="${hrefOf(point.code)}" aria-label="${point.title}"
          ><circle cx="${x(point.longitude)}" cy="${y(point.latitude)}" r="9"
        /></a>`,
    )}
  </svg>`;
}
