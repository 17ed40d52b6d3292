/**
 * `npm run assets:map`: cuts Natural Earth (the `world-atlas` 1:50m TopoJSON)
 * to the theatre, projects it with d3-geo, simplifies it, and adds the
 * hand-written 1938–39 features (assets/map/sources/*.geojson), writing one
 * small file the game draws without any projection code: assets/map/theatre.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh, merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon } from 'geojson';

const SOURCES = 'assets/map/sources';
const OUT = 'assets/map/theatre.json';
/** Natural Earth points closer than this to the last kept one are dropped: a pixel at the widest scenes. */
const SIMPLIFY_KM = 6;
/** Natural Earth country ids (ISO 3166 numeric) drawn as 1938 states. */
const MONGOLIA = '496';
const KOREA = ['408', '410'];

/**
 * One equal-area conic for every scene, centred on the theatre, in kilometres
 * (scale = the Earth's radius), so the camera only pans and zooms and the
 * scale bar is true along the standard parallels.
 */
const projection: GeoProjection = geoConicEqualArea()
  .parallels([35, 55])
  .rotate([-105, 0])
  .scale(6371)
  .translate([0, 0])
  .clipExtent([
    [-6700, -6300],
    [3800, 1500],
  ]);

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** Rings or lines of projected points, flattened to [x, y, x, y…], optionally thinned to SIMPLIFY_KM. */
function project(geometry: Geometry, simplify: boolean, digits: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let lastX = NaN;
  let lastY = NaN;
  const flush = (): void => {
    if (current.length >= 4) out.push(current);
    current = [];
  };
  // d3-geo's path stream clips and projects; this context collects the points it draws.
  const context = {
    moveTo(x: number, y: number) {
      flush();
      current.push(round(x, digits), round(y, digits));
      [lastX, lastY] = [x, y];
    },
    lineTo(x: number, y: number) {
      if (simplify && Math.hypot(x - lastX, y - lastY) < SIMPLIFY_KM) return;
      current.push(round(x, digits), round(y, digits));
      [lastX, lastY] = [x, y];
    },
    closePath() {},
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry);
  flush();
  return out;
}

const readGeo = (name: string): FeatureCollection =>
  JSON.parse(readFileSync(`${SOURCES}/${name}.geojson`, 'utf8')) as FeatureCollection;

const world = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'),
) as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const countries = world.objects.countries;
const byId = (ids: string[]) =>
  countries.geometries.filter(
    (g): g is TopoPolygon | TopoMultiPolygon =>
      ids.includes(String(g.id)) && (g.type === 'Polygon' || g.type === 'MultiPolygon'),
  );

const land = project(feature(world, world.objects.land) as unknown as Geometry, true, 0);
const borders = project(
  mesh(world, countries, (a, b) => a !== b),
  true,
  0,
);

type Props = { name: string; kind?: string; claimant?: string; scenes?: string[]; source: string };

/** d3-geo reads a ring wound anticlockwise as the rest of the globe: a hand-written slip this catches. */
function clockwise(f: Feature): Feature {
  if (geoArea(f) > Math.PI)
    throw new Error(`${(f.properties as Props).name}: wind its ring clockwise (d3-geo)`);
  return f;
}
// Drawn in this order: Natural Earth's states, then the hand-written ones (water last).
const regions = [
  {
    name: "Mongolian People's Republic",
    kind: 'mongolia',
    rings: project(merge(world, byId([MONGOLIA])), true, 0),
  },
  { name: 'Korea (under Japan)', kind: 'japan', rings: project(merge(world, byId(KOREA)), true, 0) },
  ...readGeo('borders1938')
    .features.filter((f) => f.geometry.type === 'Polygon')
    .map(clockwise)
    .map((f) => ({
      name: (f.properties as Props).name,
      kind: (f.properties as Props).kind,
      rings: project(f.geometry as Polygon, false, 2),
    }))
    .sort((a, b) => Number(a.kind === 'water') - Number(b.kind === 'water')),
];

const lineOf = (f: Feature, kind: string) => ({
  name: (f.properties as Props).name,
  kind,
  points: project(f.geometry as LineString, false, 2)[0] ?? [],
});
const lines = [
  ...readGeo('borders1938')
    .features.filter((f) => f.geometry.type === 'LineString')
    .map((f) => lineOf(f, 'border')),
  ...readGeo('disputed').features.map((f) => lineOf(f, `claim-${(f.properties as Props).claimant}`)),
  ...readGeo('rivers').features.map((f) => lineOf(f, 'river')),
];

const places = readGeo('places').features.map((f) => {
  const [x, y] = projection((f.geometry as Point).coordinates as [number, number])!;
  const p = f.properties as Props;
  return { name: p.name, x: round(x, 2), y: round(y, 2), scenes: p.scenes ?? [] };
});

const sceneViews = JSON.parse(readFileSync(`${SOURCES}/scenes.json`, 'utf8')) as Record<
  string,
  { centre: [number, number]; widthKm: number } | string
>;
const scenes = Object.fromEntries(
  Object.entries(sceneViews)
    .filter((e): e is [string, { centre: [number, number]; widthKm: number }] => typeof e[1] !== 'string')
    .map(([id, v]) => {
      const [x, y] = projection(v.centre)!;
      return [id, { x: round(x, 2), y: round(y, 2), width: v.widthKm }];
    }),
);

type FrontProps = { front: string; side: 'soviet' | 'japanese'; kind: 'arrow' | 'position' | 'line' };
const fronts: Record<string, { side: string; kind: string; points: number[] }[]> = {};
for (const f of readGeo('fronts').features) {
  const { front, side, kind } = f.properties as FrontProps;
  const points =
    f.geometry.type === 'Point'
      ? projection((f.geometry as Point).coordinates as [number, number])!.map((v) => round(v, 2))
      : (project(f.geometry as LineString, false, 2)[0] ?? []);
  (fronts[front] ??= []).push({ side, kind, points });
}

const theatre = { land, borders, regions, lines, places, scenes, fronts };
writeFileSync(OUT, JSON.stringify(theatre));
console.log(`assets:map: ${OUT}, ${(JSON.stringify(theatre).length / 1024).toFixed(0)} KiB`);
