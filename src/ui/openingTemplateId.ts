/**
 * The id of the <template> in index.html holding a figure's opening page
 * (openingMarkup.ts): this prefix and the figure's id. Apart, as the build
 * and the page's inline script (earlyInput.ts) need it without the DOM code.
 */
import type { FigureId } from '../core/figures';

export const OPENING_TEMPLATE_PREFIX = 'opening-';
export const openingTemplateId = (figure: FigureId): string => OPENING_TEMPLATE_PREFIX + figure;
