/**
 * docs/run-file.schema.json documents the run file the game writes: a run file
 * made by playing validates against it, a damaged one does not, and the
 * schema and the game's own parser name the same fields.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunFile } from '../../../src/core/speedrun/runFile';
import { runFileSchema } from '../../../src/persistence/runFileSchema';
import { schemaProblem } from '../../helpers/jsonSchema';
import { starRunFile } from '../../helpers/runFiles';

const schema = JSON.parse(readFileSync('docs/run-file.schema.json', 'utf8'));

describe('the run file schema (docs/run-file.schema.json)', () => {
  let file: RunFile;
  beforeAll(async () => {
    file = await starRunFile();
  });

  it('accepts a run file the game wrote', () => {
    expect(schemaProblem(schema, file)).toBeNull();
  });

  it('refuses damaged files, saying where', () => {
    expect(schemaProblem(schema, { ...file, format: 'undeclared-war-save' })).toBe(
      '$.format is not "undeclared-war-run"',
    );
    const { splits: _, ...noSplits } = file;
    expect(schemaProblem(schema, noSplits)).toBe('$.splits is missing');
    const fractional = { ...file, choices: [{ ...file.choices[0]!, index: 1.5 }] };
    expect(schemaProblem(schema, fractional)).toBe('$.choices[0].index is not an integer');
  });

  it('names the same fields as the game’s parser', () => {
    expect([...schema.required].sort()).toEqual(Object.keys(runFileSchema.shape).sort());
  });
});
