/**
 * A campaign's opening page as the HTML the app draws for it
 * (src/ui/openingMarkup.ts), made at build time under happy-dom: the app's
 * own mount functions need a DOM, and happy-dom's serialises them as Chromium
 * does (tests/e2e/earlyOpening.test.ts compares the two). The page's globals
 * are there only while the markup is made; the modules imported then stay
 * loaded, and their one listener (browserPorts.ts) goes with the closed page.
 */
import { Window } from 'happy-dom';
import type { OpeningPage } from '../../src/core/opening.ts';

export async function openingTemplateMarkup(opening: OpeningPage): Promise<string> {
  const window = new Window();
  const scope = globalThis as Record<string, unknown>;
  const page = { document: window.document, addEventListener: window.addEventListener.bind(window) };
  const before = Object.keys(page).map(
    (name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const,
  );
  Object.assign(scope, page);
  try {
    const { openingMarkup } = await import('../../src/ui/openingMarkup.ts');
    return openingMarkup(opening)
      .map((e) => e.outerHTML)
      .join('');
  } finally {
    // As they were: none, in a build.
    for (const [name, was] of before) {
      if (was) Object.defineProperty(scope, name, was);
      else delete scope[name];
    }
    await window.happyDOM.close();
  }
}
