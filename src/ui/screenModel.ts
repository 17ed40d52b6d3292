/** The shape of a screen line as the UI receives it (mirrors narrative/screen.ts). */
export interface ScreenLine {
  text: string;
  kind: 'text' | 'chapter' | 'echo';
}
