/** The three playable figures and what the title screen says about each. */
/** The playable figures, in title-screen order: the one list the save schema and the UI derive from. */
export const FIGURE_IDS = ['shtern', 'chiang', 'kwantung'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface Figure {
  id: FigureId;
  name: string;
  /** The name where space is short (the phone's one-line HUD). */
  shortName: string;
  role: string;
  years: string;
  briefing: string;
  /** The ink knot where this campaign begins. */
  startKnot: string;
}

export const FIGURES: readonly Figure[] = [
  {
    id: 'shtern',
    name: 'Grigori Shtern',
    shortName: 'Shtern',
    role: 'Chief of staff, Soviet Far Eastern Front',
    years: '1938 – 1941',
    briefing:
      'Back from Spain to a purged command in Khabarovsk. Win at Lake Khasan and Khalkhin Gol without winning too visibly, under the eye of Stalin and the NKVD.',
    startKnot: 'shtern_start',
  },
  {
    id: 'chiang',
    name: 'Chiang Kai-shek',
    shortName: 'Chiang',
    role: 'Generalissimo of the Republic of China',
    years: '1937 – 1941',
    briefing:
      'Losing cities but not the war. Keep Soviet aircraft coming without becoming Moscow’s instrument, and keep the Communists inside the front without letting them grow.',
    startKnot: 'chiang_start',
  },
  {
    id: 'kwantung',
    name: 'Major Kurosawa Eiji',
    shortName: 'Kurosawa',
    role: 'Operations section, Kwantung Army, Hsinking',
    years: '1937 – 1941',
    briefing:
      'A staff officer beside Tsuji and Hattori, proud and impatient with Tokyo. The border with the Soviet Union is a line you may draw yourself — and pay for.',
    startKnot: 'kwantung_start',
  },
];

export function figureById(id: string): Figure | undefined {
  return FIGURES.find((f) => f.id === id);
}
