/**
 * The tools' one word count: a word is a run of characters other than space,
 * tab and line breaks, as inkjs's compiler counts them (compiler/Stats.ts), so
 * the words of a route and the words of a file are the same measure. A char
 * loop, not a regex split: the explorer counts every line it plays.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
