import type { Locator, Page } from 'playwright-core';

type Position = [number, number];
type Ring = Position[];
type Feature = {
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
};
type Rect = { minX: number; minY: number; maxX: number; maxY: number };

// ECharts' default aspectScale for map series: longitude is squeezed to 0.75 of latitude.
const ASPECT_SCALE = 0.75;
// The `top` / `bottom` padding the dashboard gives its map series (web/features/dashboard/mapOption.ts).
const MAP_PADDING = 16;

function polygonsOf(feature: Feature): Ring[][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

function boundsOf(rings: Ring[]): Rect {
  const rect = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of rings.flat()) {
    rect.minX = Math.min(rect.minX, x);
    rect.minY = Math.min(rect.minY, y);
    rect.maxX = Math.max(rect.maxX, x);
    rect.maxY = Math.max(rect.maxY, y);
  }
  return rect;
}

function insideRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function distanceToRing([x, y]: Position, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j] as Position;
    const [bx, by] = ring[i] as Position;
    const dx = bx - ax;
    const dy = by - ay;
    const t =
      dx === 0 && dy === 0
        ? 0
        : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** A point well inside the province (farthest from its border on a grid), so a click lands on it. */
function interiorPoint(feature: Feature): Position {
  const polygon = polygonsOf(feature)
    .map((rings) => ({ rings, rect: boundsOf(rings) }))
    .sort(
      (a, b) =>
        (b.rect.maxX - b.rect.minX) * (b.rect.maxY - b.rect.minY) -
        (a.rect.maxX - a.rect.minX) * (a.rect.maxY - a.rect.minY),
    )[0];
  if (!polygon) {
    throw new Error(`province ${feature.properties.name} has no polygon`);
  }
  const [outer, ...holes] = polygon.rings as [Ring, ...Ring[]];
  const { rect } = polygon;
  let best: { point: Position; depth: number } = { point: [rect.minX, rect.minY], depth: -1 };
  const steps = 24;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point: Position = [
        rect.minX + ((rect.maxX - rect.minX) * i) / steps,
        rect.minY + ((rect.maxY - rect.minY) * j) / steps,
      ];
      if (!insideRing(point, outer) || holes.some((hole) => insideRing(point, hole))) {
        continue;
      }
      const depth = Math.min(...polygon.rings.map((ring) => distanceToRing(point, ring)));
      if (depth > best.depth) {
        best = { point, depth };
      }
    }
  }
  return best.point;
}

/**
 * Where a province lies on the dashboard map, in page pixels. The app does not expose its ECharts
 * instance, so this repeats ECharts' geo layout (bounding box of all provinces, aspect-preserving,
 * centred between the top/bottom padding) on the same GeoJSON the page loaded.
 */
export async function provinceMapPosition(
  page: Page,
  map: Locator,
  provinceCode: string,
): Promise<{ x: number; y: number }> {
  const response = await page.request.get('/th-provinces.geo.json');
  const geo = (await response.json()) as { features: Feature[] };
  const feature = geo.features.find((candidate) => candidate.properties.name === provinceCode);
  if (!feature) {
    throw new Error(`province ${provinceCode} is not in th-provinces.geo.json`);
  }
  const all = boundsOf(geo.features.flatMap((candidate) => polygonsOf(candidate).flat()));
  const box = await map.boundingBox();
  if (!box) {
    throw new Error('the province map is not visible');
  }
  const aspect = ((all.maxX - all.minX) / (all.maxY - all.minY)) * ASPECT_SCALE;
  let height = box.height - 2 * MAP_PADDING;
  let width = height * aspect;
  if (width > box.width) {
    width = box.width;
    height = width / aspect;
  }
  const left = box.x + (box.width - width) / 2;
  const top = box.y + MAP_PADDING + (box.height - 2 * MAP_PADDING - height) / 2;
  const [lng, lat] = interiorPoint(feature);
  return {
    x: left + ((lng - all.minX) / (all.maxX - all.minX)) * width,
    y: top + ((all.maxY - lat) / (all.maxY - all.minY)) * height,
  };
}

/** Share of sampled canvas pixels that are painted (not transparent, not white). */
export async function paintedShare(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) {
      return 0;
    }
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    let sampled = 0;
    for (let index = 0; index < data.length; index += 4 * 37) {
      sampled += 1;
      const [r, g, b, a] = [
        data[index] ?? 0,
        data[index + 1] ?? 0,
        data[index + 2] ?? 0,
        data[index + 3] ?? 0,
      ];
      if (a > 0 && !(r > 250 && g > 250 && b > 250)) {
        painted += 1;
      }
    }
    return sampled === 0 ? 0 : painted / sampled;
  });
}

/**
 * Moves the pointer onto a province and waits for its tooltip (bold province name), trying a few
 * points around the computed position in case the map layout moved a little. Returns the point.
 */
export async function hoverProvince(
  page: Page,
  map: Locator,
  provinceCode: string,
  provinceName: string,
): Promise<{ x: number; y: number }> {
  const center = await provinceMapPosition(page, map, provinceCode);
  const tooltip = map.locator('strong', { hasText: provinceName });
  const offsets = [0, 10, -10, 20, -20].flatMap((dx) => [0, 10, -10, 20, -20].map((dy) => [dx, dy] as const));
  for (const [dx, dy] of offsets) {
    const point = { x: center.x + dx, y: center.y + dy };
    await page.mouse.move(point.x, point.y);
    try {
      await tooltip.waitFor({ timeout: dx === 0 && dy === 0 ? 5_000 : 1_000 });
      return point;
    } catch {
      // Not over this province here: try the next point.
    }
  }
  throw new Error(`no tooltip for ${provinceName} around (${center.x}, ${center.y}) on the map`);
}
