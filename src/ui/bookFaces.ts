/**
 * The book's typefaces (fonts.css) go on at the page's first quiet moment
 * after the app boots or once the first page of a story is painted
 * (screens.ts), whichever comes first: until then the page is set in the
 * browser's own serif or sans-serif (styles.css keys the faces to `data-fonts`
 * on <html>). A player who looks at the title gets them within a few frames
 * of the app's boot; a player who clicks through at once reads the first page
 * sooner and sees the faces swap in just after. Loaded from the first layout,
 * the two faces, and the page laid out again as each arrived, were on the way
 * to the first story text, costing it about 20 ms on a 2-core machine
 * (`npm run bench`).
 */
const ATTRIBUTE = 'data-fonts';

/** Puts the book's faces on, if they are not on yet (a new page calls it each time). */
export function bookFacesOn(): void {
  const html = document.documentElement;
  // Set only once: setting it again would have the page's style looked at again for nothing.
  if (!html.hasAttribute(ATTRIBUTE)) html.setAttribute(ATTRIBUTE, 'on');
}
