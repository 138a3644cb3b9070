// Shrinks the GeoJSON outlines the built web app downloads (web/public keeps the full source data).
// The dashboard draws all of Thailand in a few hundred pixels, about 3 km a pixel: outlines simplified
// within 500 m (Douglas–Peucker) with coordinates rounded to about 10 m look the same there, and the
// file, its parsing and its drawing shrink several times.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOLERANCE_DEGREES = 0.005;
const DECIMALS = 4;

const distance = ([ax, ay], [bx, by]) => Math.hypot(bx - ax, by - ay);

function distanceToSegment([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Douglas–Peucker on an open line: the indices of the points to keep, first and last included. */
function keptIndices(points, first, last, kept) {
  let farthest = -1;
  let farthestDistance = TOLERANCE_DEGREES;
  for (let index = first + 1; index < last; index += 1) {
    const distance = distanceToSegment(points[index], points[first], points[last]);
    if (distance > farthestDistance) {
      farthest = index;
      farthestDistance = distance;
    }
  }
  if (farthest !== -1) {
    keptIndices(points, first, farthest, kept);
    kept.push(farthest);
    keptIndices(points, farthest, last, kept);
  }
}

function simplifyRing(ring) {
  // A closed ring splits at its farthest point from the start, so both halves are open lines.
  let middle = 1;
  for (let index = 2; index < ring.length - 1; index += 1) {
    if (distance(ring[index], ring[0]) > distance(ring[middle], ring[0])) {
      middle = index;
    }
  }
  const kept = [0];
  keptIndices(ring, 0, middle, kept);
  kept.push(middle);
  keptIndices(ring, middle, ring.length - 1, kept);
  kept.push(ring.length - 1);
  const factor = 10 ** DECIMALS;
  const simplified = kept.map((index) => ring[index].map((value) => Math.round(value * factor) / factor));
  // A ring needs four positions (a triangle, closed); tiny islands keep their original shape.
  return simplified.length >= 4 ? simplified : ring;
}

function simplifyGeometry(geometry) {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(simplifyRing) };
  }
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(simplifyRing)) };
  }
  return geometry;
}

/** Rewrites every *.geo.json directly in `dir` in place; returns the bytes before and after. */
export function simplifyGeoJsonFiles(dir) {
  const sizes = { before: 0, after: 0 };
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.geo.json'))) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const collection = JSON.parse(text);
    const features = collection.features.map((feature) => ({
      ...feature,
      geometry: simplifyGeometry(feature.geometry),
    }));
    const simplified = JSON.stringify({ ...collection, features });
    writeFileSync(path, simplified);
    sizes.before += Buffer.byteLength(text);
    sizes.after += Buffer.byteLength(simplified);
  }
  return sizes;
}
