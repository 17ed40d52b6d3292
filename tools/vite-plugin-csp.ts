/**
 * Vite plugin: the production build's Content-Security-Policy, as a meta tag
 * in index.html. Build only: the dev server injects styles and talks to its
 * HMR websocket, which this policy would (rightly) block.
 *
 * What the game needs, and nothing more: its own scripts (inline, only the
 * ones the build writes, allowed by their hash; no eval: pixi.js builds its shaders without it, see src/render/mapView.ts),
 * its own stylesheet, fonts and audio from its own origin or inlined by vite
 * as data: URLs, blob: and data: images for the map's textures, WebGL (which
 * CSP does not govern). No plugins, no forms, no <base> from elsewhere.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy, allowing the page's own inline scripts and styles by their sha256 (and nothing else inline). */
export function contentSecurityPolicy(inline: { scripts: string[]; styles: string[] }): string {
  const hashes = (sources: string[]): string => sources.map((s) => ` 'sha256-${sha256(s)}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inline.scripts)}`,
    `style-src 'self'${hashes(inline.styles)}`,
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
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/** The contents of the built page's inline <script> (no src) and <style> elements. */
function inlineSources(html: string): { scripts: string[]; styles: string[] } {
  const contents = (re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1] ?? '');
  return {
    scripts: contents(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
    styles: contents(/<style[^>]*>([\s\S]*?)<\/style>/g),
  };
}

export function cspPlugin(): Plugin {
  return {
    name: 'undeclared-war-csp',
    apply: 'build',
    // Last, so the page is final: the hashes are of exactly what it holds inline.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(inlineSources(html)),
          },
          // First in <head>, so the policy covers everything the page loads.
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
