// Lint rules, including the architecture: who may import whom (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const engines = ['inkjs', 'inkjs/*', 'pixi.js', 'pixi.js/*', 'howler'];
/** Browser globals a layer without the DOM must not touch. */
const domGlobals = ['window', 'document', 'localStorage', 'navigator', 'fetch', 'performance'];

/** The import rule of a layer with no engines: the engine packages and the given outer layers are off limits. */
function noEnginesNor(outerLayers, engineMessage, outerMessage) {
  return [
    'error',
    {
      paths: engines.filter((e) => !e.includes('*')).map((name) => ({ name, message: engineMessage })),
      patterns: [
        { group: engines, message: engineMessage },
        { group: outerLayers, message: outerMessage },
      ],
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The game never imports node-only tools.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tools/**'], message: 'src never imports tools/.' }] },
      ],
    },
  },
  {
    // core: pure TypeScript. No engines, no other layers, no DOM.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': noEnginesNor(
        [
          '../narrative/**',
          '../app/**',
          '../ui/**',
          '../render/**',
          '../audio/**',
          '../persistence/**',
          '../speedrun/**',
          '../main',
          '**/tools/**',
        ],
        'core is pure: no inkjs, pixi.js or howler.',
        'core imports nothing from the outer layers.',
      ),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // narrative: the only layer that imports inkjs; knows core, nothing outward.
    files: ['src/narrative/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['pixi.js', 'pixi.js/*', 'howler'],
              message: 'narrative does not render or play sound.',
            },
            {
              group: [
                '../ui/**',
                '../render/**',
                '../audio/**',
                '../persistence/**',
                '../main',
                '**/tools/**',
              ],
              message: 'narrative imports only core.',
            },
          ],
        },
      ],
    },
  },
  {
    // persistence and speedrun: pure logic over core types and ports.
    files: ['src/persistence/**/*.ts', 'src/speedrun/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engines, message: 'persistence/speedrun do not touch engines.' },
            {
              group: ['../narrative/**', '../ui/**', '../render/**', '../audio/**', '../main', '**/tools/**'],
              message: 'imports core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // app: the state machine and its events. No DOM, no engines: it takes the
    // outside world as ports and reaches ink only through narrative/.
    files: ['src/app/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': noEnginesNor(
        ['../ui/**', '../render/**', '../audio/**', '../main', '**/tools/**'],
        'app has no engines: only narrative/ imports inkjs; render and audio subscribe to app.',
        'app knows no DOM layer: they subscribe to it.',
      ),
      'no-restricted-globals': [
        'error',
        ...domGlobals,
        ...[
          'sessionStorage',
          'requestAnimationFrame',
          'setTimeout',
          'setInterval',
          'crypto',
          'location',
          'console',
        ],
      ],
    },
  },
  {
    // ui, render, audio: show state and send events; no story engine, no game rules.
    files: ['src/ui/**/*.ts', 'src/render/**/*.ts', 'src/audio/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['inkjs', 'inkjs/*', '../narrative/**'],
              message: 'only narrative/ imports inkjs; main.ts wires the layers.',
            },
            { group: ['**/tools/**'], message: 'src never imports tools/.' },
          ],
        },
      ],
    },
  },
);
