declare module 'virtual:story' {
  /** The compiled story (ink runtime JSON). */
  export const storyJson: string;
  /** A short hash of the compiled story: saves and run files name the story they belong to. */
  export const storyHash: string;
}
