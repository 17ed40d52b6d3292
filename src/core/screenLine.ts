/**
 * One line the reader shows: a chapter heading, a dateline (where and when the
 * passage below it happens), the choice the player took, story prose, or the
 * point where an ending begins (prose after it is the epilogue).
 */
export type ScreenLine =
  | { kind: 'text'; text: string }
  | { kind: 'chapter'; text: string }
  | { kind: 'echo'; text: string }
  | { kind: 'dateline'; text: string; date: string; place: string }
  | { kind: 'ending'; text: string };

/** Where and when a line happens. */
export interface Whereabouts {
  date: string;
  place: string;
}

/** The dateline's own text: "8–28 July 1938 · Posyet sector". */
export function datelineText(w: Whereabouts): string {
  return [w.date, w.place].filter(Boolean).join(' · ');
}
