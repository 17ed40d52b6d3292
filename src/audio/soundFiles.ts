/**
 * Where each sound's files are: vite gives every file in assets/audio/out a
 * hashed URL, and nothing is fetched until a Howl asks for it.
 */
const urls = import.meta.glob<string>('../../assets/audio/out/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A sound's sources, Ogg Vorbis first (gapless loops), MP3 for browsers without Vorbis. */
export function sourcesOf(name: string): string[] {
  return ['ogg', 'mp3']
    .map((ext) => urls[`../../assets/audio/out/${name}.${ext}`])
    .filter((u) => u !== undefined);
}
