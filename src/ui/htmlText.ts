/**
 * Text made safe to write into an HTML string, for the markup the build
 * writes into index.html (titleMarkup.ts, briefingMarkup.ts). The app itself
 * never parses an HTML string.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const htmlText = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
