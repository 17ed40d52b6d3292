/**
 * A campaign's opening page as plain data, prebuilt (tools/ink/openingPage.ts,
 * served as `virtual:opening/<figure>`): what its new game's first page shows,
 * the same for every seed. The page shows it while the story is still loading.
 */
import type { FigureId } from './figures';
import type { Page } from './page';
import type { StoryVars } from './storyVars';

export interface OpeningPage {
  figure: FigureId;
  page: Page;
  vars: StoryVars;
}
