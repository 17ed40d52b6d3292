/** One campaign's compiled story (tools/vite-plugin-ink.ts): `virtual:campaign/shtern` and so on. */
declare module 'virtual:campaign/*' {
  /** The compiled story (ink runtime JSON). */
  export const storyJson: string;
  /** A short hash of the compiled story: saves and run files name the story they belong to. */
  export const storyHash: string;
}

/** Each campaign's story hash, without the stories (tools/vite-plugin-ink.ts). */
declare module 'virtual:story-versions' {
  export const campaignHashes: Record<import('./core/figures').FigureId, string>;
}

/** A campaign's prebuilt opening page, or null when it depends on the seed (tools/vite-plugin-ink.ts). */
declare module 'virtual:opening/*' {
  export const opening: import('./core/opening').OpeningPage | null;
}
