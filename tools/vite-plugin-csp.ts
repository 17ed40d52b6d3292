/**
 * Vite plugin: the production build's Content-Security-Policy, as a meta tag
 * in index.html. Build only: the dev server injects styles and talks to its
 * HMR websocket, which this policy would (rightly) block.
 *
 * What the game needs, and nothing more: its own scripts (no inline script,
 * no eval: pixi.js builds its shaders without it, see src/render/mapView.ts),
 * its own stylesheet, fonts and audio from its own origin or inlined by vite
 * as data: URLs, blob: and data: images for the map's textures, WebGL (which
 * CSP does not govern). No plugins, no forms, no <base> from elsewhere.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  // Howler fetches the audio it decodes; vite inlines small files as data: URLs.
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'undeclared-war-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        // First in <head>, so the policy covers everything the page loads.
        injectTo: 'head-prepend',
      },
    ],
  };
}
