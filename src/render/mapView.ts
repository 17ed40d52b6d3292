/**
 * The theatre map, drawn with pixi.js: the land, the 1938–39 states, rivers,
 * the disputed lines and the places of the scene, and a scale bar. The
 * geography is drawn once in kilometres and the camera pans and zooms over
 * it; lines, dots and labels are redrawn in screen pixels each frame of a
 * move, so they stay the same size (and legible on a phone) at every zoom.
 */
// The page's Content-Security-Policy forbids eval; this makes pixi.js build its shaders without it.
import 'pixi.js/unsafe-eval';
import { Application, Container, Graphics, Text, Ticker } from 'pixi.js';
import type { Front, MapScene } from '../core/tagVocabulary';
import theatreJson from '../../assets/map/theatre.json';
import { scaleBarKm, viewAt } from './camera';
import { sideWeight, type MapSide } from './sides';
import type { Points, Theatre, View } from './theatre';

const theatre = theatreJson as unknown as Theatre;
const MOVE_MS = 1400;

const COLOURS = {
  sea: 0x1d2b36,
  land: 0x3b3a33,
  border: 0x6d6a5c,
  manchukuo: 0x6b5a2e,
  japan: 0x7a4b3a,
  mongolia: 0x4d5e3a,
  water: 0x1d2b36,
  river: 0x6fa3c7,
  sovietClaim: 0xe0533d,
  japaneseClaim: 0xf0c04a,
  place: 0xf2efe6,
};

const poly = (g: Graphics, pts: Points): Graphics => g.poly(pts, true);

/** Twice a ring's signed area: positive for outer rings as tools/assets/map.ts writes them, negative for holes. */
function signedArea(ring: Points): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 2) {
    const j = (i + 2) % ring.length;
    sum += ring[i]! * ring[j + 1]! - ring[j]! * ring[i + 1]!;
  }
  return sum;
}

/** Rivers under borders under the claims, which are what a scene is about. */
const LINE_ORDER = ['river', 'border', 'claim-japanese', 'claim-soviet'] as const;

export class MapView {
  private view: View;
  private scene: MapScene;
  private front: Front = 'none';
  private move: { from: View; to: View; start: number } | null = null;
  private readonly world = new Container();
  private readonly overlay = new Graphics();
  private readonly labels = new Container();
  private readonly scaleLabel = new Text({
    text: '',
    style: { fill: COLOURS.place, fontSize: 13, fontFamily: 'sans-serif' },
  });

  private constructor(
    private readonly app: Application,
    scene: MapScene,
    private own: MapSide,
  ) {
    this.scene = scene;
    this.view = { ...theatre.scenes[scene] };
    this.world.addChild(this.drawGeography());
    app.stage.addChild(this.world, this.overlay, this.labels, this.scaleLabel);
    // Drawn on demand, not every frame: the map is still most of the time.
    app.renderer.on('resize', () => this.layout());
    this.placeLabels();
    this.layout();
    app.render();
  }

  /** A map in `host`, or null when the browser cannot give pixi.js a renderer. */
  static async create(host: HTMLElement, scene: MapScene, own: MapSide): Promise<MapView | null> {
    const app = new Application();
    try {
      await app.init({
        preference: 'webgl',
        resizeTo: host,
        autoStart: false,
        background: COLOURS.sea,
        antialias: true,
        autoDensity: true,
        resolution: Math.min(2, window.devicePixelRatio || 1),
        // Lets the browser tests read the pixels back.
        preserveDrawingBuffer: true,
      });
    } catch {
      return null;
    }
    // The map takes no pointer input, yet pixi's event system runs its hover
    // checks on Ticker.system, a frame loop 60 times a second: a still page
    // spent CPU on it, and every new text waited for that loop's next frame.
    Ticker.system.autoStart = false;
    Ticker.system.stop();
    host.append(app.canvas);
    const view = new MapView(app, scene, own);
    // Not when the panel is hidden (the title, an ending): the renderer would be sized to nothing and
    // drawn, inside the layout of the frame that shows the ending, which then waited for a second
    // frame; shown again, the panel is observed at its size and drawn then.
    new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0 && entry.contentRect.height > 0) app.resize();
    }).observe(host);
    return view;
  }

  get canvas(): HTMLCanvasElement {
    return this.app.canvas;
  }

  /** Moves the camera to a scene: a glide, or a cut when motion is reduced. */
  show(scene: MapScene, glide: boolean): void {
    if (scene === this.scene) return;
    this.scene = scene;
    const to = theatre.scenes[scene];
    this.move = glide ? { from: { ...this.view }, to, start: performance.now() } : null;
    if (!glide) this.view = { ...to };
    this.placeLabels();
    this.animate();
  }

  private nextFrame: number | null = null;
  /** Settled without a draw: the canvas still shows a frame of the glide. */
  private stale = false;

  private readonly animate = (): void => {
    this.nextFrame = null;
    this.stale = false;
    if (this.move) {
      const t = (performance.now() - this.move.start) / MOVE_MS;
      this.view = viewAt(this.move.from, this.move.to, t);
      if (t >= 1) this.move = null;
    }
    this.layout();
    this.app.render();
    if (this.move) this.nextFrame = requestAnimationFrame(this.animate);
  };

  /**
   * Ends a glide where it was going, drawing nothing now: called when the
   * player acts, so the frame that shows the new text does not wait for the
   * map (without a GPU a frame of the map can take longer than a frame).
   * `refresh` (after the paint) then draws the map at the glide's end.
   */
  settle(): void {
    if (!this.move) return;
    this.view = { ...this.move.to };
    this.move = null;
    this.stale = true;
    if (this.nextFrame !== null) cancelAnimationFrame(this.nextFrame);
    this.nextFrame = null;
  }

  /** Draws the map if a settled glide left it behind and nothing has drawn it since. */
  refresh(): void {
    if (this.stale && !this.move) this.animate();
  }

  /** Draws for another figure's war (a new campaign in the same page): whose lines are bold. */
  setSide(own: MapSide): void {
    if (own === this.own) return;
    this.own = own;
    if (!this.move) this.animate();
  }

  /** Draws a front's positions and arrows over the scene ('none' clears it). */
  showFront(front: Front): void {
    if (front === this.front) return;
    this.front = front;
    if (!this.move) this.animate();
  }

  destroy(): void {
    this.app.destroy(true, { children: true });
  }

  private drawGeography(): Graphics {
    const g = new Graphics();
    // Natural Earth's holes in the land are lakes (the Caspian, Baikal): water.
    for (const ring of theatre.land) poly(g, ring).fill(signedArea(ring) < 0 ? COLOURS.sea : COLOURS.land);
    for (const region of theatre.regions)
      for (const ring of region.rings)
        poly(g, ring).fill({ color: COLOURS[region.kind], alpha: region.kind === 'water' ? 1 : 0.85 });
    for (const line of theatre.borders)
      g.poly(line, false).stroke({ color: COLOURS.border, pixelLine: true });
    return g;
  }

  private placeLabels(): void {
    this.labels.removeChildren().forEach((c) => c.destroy());
    for (const place of theatre.places.filter((p) => p.scenes.includes(this.scene)))
      this.labels.addChild(
        Object.assign(
          new Text({
            text: place.name,
            style: {
              fill: COLOURS.place,
              fontSize: 14,
              fontFamily: 'sans-serif',
              stroke: { color: 0x000000, width: 3 },
            },
          }),
          { label: place.name },
        ),
      );
  }

  /** Places the world, the lines, the labels and the scale bar for the current view. */
  private layout(): void {
    const { width, height } = this.app.screen;
    const scale = width / this.view.width;
    const toScreen = (x: number, y: number): [number, number] => [
      (x - this.view.x) * scale + width / 2,
      (y - this.view.y) * scale + height / 2,
    ];
    this.world.scale.set(scale);
    this.world.position.set(width / 2 - this.view.x * scale, height / 2 - this.view.y * scale);
    this.drawOverlay(toScreen);
    // Labels in the order places.geojson lists them; one that would overlap an earlier one is left out.
    const taken: { x: number; y: number; w: number; h: number }[] = [];
    for (const label of this.labels.children) {
      const place = theatre.places.find((p) => p.name === label.label)!;
      const [px, py] = toScreen(place.x, place.y);
      const box = {
        x: Math.min(px + 6, width - label.width - 4),
        y: py - 8,
        w: label.width,
        h: label.height,
      };
      label.position.set(box.x, box.y);
      label.visible = !taken.some(
        (t) => box.x < t.x + t.w && t.x < box.x + box.w && box.y < t.y + t.h && t.y < box.y + box.h,
      );
      if (label.visible) taken.push(box);
    }
    this.drawScaleBar(width, height, scale);
  }

  private drawOverlay(toScreen: (x: number, y: number) => [number, number]): void {
    const g = this.overlay.clear();
    const screenPoints = (pts: Points): number[] => {
      const out: number[] = [];
      for (let i = 0; i < pts.length; i += 2) out.push(...toScreen(pts[i]!, pts[i + 1]!));
      return out;
    };
    const style = {
      river: { color: COLOURS.river, width: 2 },
      border: { color: COLOURS.place, width: 1.5 },
      'claim-soviet': { color: COLOURS.sovietClaim, width: 3 * sideWeight('soviet', this.own) },
      'claim-japanese': { color: COLOURS.japaneseClaim, width: 3 * sideWeight('japanese', this.own) },
    } as const;
    for (const kind of LINE_ORDER)
      for (const line of theatre.lines.filter((l) => l.kind === kind))
        g.poly(screenPoints(line.points), false).stroke(style[kind]);
    for (const place of theatre.places.filter((p) => p.scenes.includes(this.scene))) {
      const [x, y] = toScreen(place.x, place.y);
      g.circle(x, y, 3.5).fill(COLOURS.place).stroke({ color: 0x000000, width: 1 });
    }
    if (this.front !== 'none') this.drawFront(g, screenPoints);
  }

  /** Positions as squares, arrows with a head, front lines thick: the side by colour and the text says which. */
  private drawFront(g: Graphics, screenPoints: (pts: Points) => number[]): void {
    for (const mark of theatre.fronts[this.front as Exclude<Front, 'none'>]) {
      const color = mark.side === 'soviet' ? COLOURS.sovietClaim : COLOURS.japaneseClaim;
      const weight = sideWeight(mark.side, this.own);
      const pts = screenPoints(mark.points);
      if (mark.kind === 'position') {
        const half = 6 * weight;
        g.rect(pts[0]! - half, pts[1]! - half, half * 2, half * 2)
          .fill(color)
          .stroke({ color: 0x000000, width: 1.5 });
        continue;
      }
      g.poly(pts, false).stroke({
        color,
        width: (mark.kind === 'arrow' ? 4 : 5) * weight,
        cap: 'round',
        join: 'round',
      });
      if (mark.kind !== 'arrow' || pts.length < 4) continue;
      const [x1, y1, x2, y2] = pts.slice(-4) as [number, number, number, number];
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const head = (turn: number): [number, number] => [
        x2 - 14 * Math.cos(angle + turn),
        y2 - 14 * Math.sin(angle + turn),
      ];
      g.poly([x2, y2, ...head(0.45), ...head(-0.45)], true).fill(color);
    }
  }

  private drawScaleBar(width: number, height: number, scale: number): void {
    const km = scaleBarKm(this.view.width);
    const px = km * scale;
    const x = 12;
    const y = height - 14;
    this.overlay.rect(x, y - 3, px, 4).fill(COLOURS.place);
    this.scaleLabel.text = km >= 1 ? `${km} km` : `${km * 1000} m`;
    this.scaleLabel.position.set(Math.min(x + px + 8, width - this.scaleLabel.width - 4), y - 10);
  }
}
