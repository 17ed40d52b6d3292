/** One line the reader shows: a chapter heading, the choice the player took, or story prose. */
export interface ScreenLine {
  text: string;
  kind: 'text' | 'chapter' | 'echo';
}
