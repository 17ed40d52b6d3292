/**
 * Compiles an ink file (with its INCLUDEs) using inkjs's own compiler.
 * Node-only: reads files from disk. Used by the vite plugin and the ink CLI.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';
import { Text } from 'inkjs/compiler/Parser/ParsedHierarchy/Text';
import { Choice } from 'inkjs/compiler/Parser/ParsedHierarchy/Choice';
import type { Story as ParsedStory } from 'inkjs/compiler/Parser/ParsedHierarchy/Story';
import { countWords } from './words.ts';

export interface InkDiagnostic {
  file: string;
  line: number;
  message: string;
}

export interface CompileResult {
  ok: boolean;
  /** Compiled story JSON (ink runtime format) when ok. */
  json: string | null;
  errors: InkDiagnostic[];
  warnings: InkDiagnostic[];
  /** Every ink file read, absolute paths (main file first). */
  files: string[];
  /** Words of story text, from the compiler's stats. */
  words: number;
  knots: number;
  /** Words of story text per source file (relative path), counted as the compiler's stats count them. */
  wordsByFile: Record<string, number>;
  /** Every choice written in the sources: its runtime path (a Choice's `sourcePath`) and where it is written. */
  choicePoints: ChoicePointSource[];
  /** The compiler's parse (when it compiled), for tools that read the story's structure (storyText.ts). */
  parsed: ParsedStory | null;
  /** The main file's folder: the parse names files relative to it. */
  rootDir: string;
}

export interface ChoicePointSource {
  path: string;
  file: string;
  line: number;
  /** Offered only when a condition holds (`* { … } [text]`). */
  conditional: boolean;
}

/** Parses inkjs messages such as "ERROR: 'shtern/act1.ink' line 12: Divert target not found". */
function parseInkMessage(raw: string, rootDir: string, mainFile: string): InkDiagnostic {
  const m =
    /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*([\s\S]*)$/.exec(
      raw.trim(),
    );
  if (!m) return { file: relative(process.cwd(), mainFile), line: 0, message: raw.trim() };
  const file = m[1] ? resolve(rootDir, m[1]) : mainFile;
  return { file: relative(process.cwd(), file), line: Number(m[2]), message: (m[3] ?? '').trim() };
}

class DiskFileHandler implements IFileHandler {
  readonly files: string[] = [];
  constructor(readonly rootPath: string) {}
  ResolveInkFilename = (filename: string): string => resolve(this.rootPath, filename);
  LoadInkFileContents = (filename: string): string => {
    const path = resolve(this.rootPath, filename);
    if (!existsSync(path)) throw new Error(`INCLUDE not found: ${relative(process.cwd(), path)}`);
    this.files.push(path);
    return readFileSync(path, 'utf8');
  };
}

/**
 * Compiles `mainPath`, or `source` as if it were that file's text (its
 * INCLUDEs are found beside it): how one campaign's story is compiled from
 * main.ink (campaigns.ts).
 */
export function compileInkFile(mainPath: string, source?: string): CompileResult {
  const main = resolve(mainPath);
  const rootDir = dirname(main);
  const handler = new DiskFileHandler(rootDir);
  const errors: InkDiagnostic[] = [];
  const warnings: InkDiagnostic[] = [];
  const files = [main];
  let text: string;
  try {
    text = source ?? readFileSync(main, 'utf8');
  } catch {
    return {
      ok: false,
      json: null,
      errors: [{ file: relative(process.cwd(), main), line: 0, message: 'file not found' }],
      warnings,
      files,
      words: 0,
      knots: 0,
      wordsByFile: {},
      choicePoints: [],
      parsed: null,
      rootDir,
    };
  }
  const onError = (message: string, type: number): void => {
    // ErrorType: 0 = Author (TODO), 1 = Warning, 2 = Error
    const diag = parseInkMessage(message, rootDir, main);
    if (type === 2) errors.push(diag);
    else warnings.push(diag);
  };
  const compiler = new Compiler(text, new CompilerOptions(main, [], false, onError, handler));
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (errors.length === 0 && story) json = story.ToJson() ?? null;
  } catch (e) {
    if (errors.length === 0) {
      errors.push({ file: relative(process.cwd(), main), line: 0, message: (e as Error).message });
    }
  }
  files.push(...handler.files);
  let words = 0;
  let knots = 0;
  let wordsByFile: Record<string, number> = {};
  let choicePoints: ChoicePointSource[] = [];
  if (json) {
    const stats = compiler.GenerateStats();
    words = stats?.words ?? 0;
    knots = stats?.knots ?? 0;
    wordsByFile = countWordsByFile(compiler.parsedStory, rootDir);
    choicePoints = choicePointsOf(compiler.parsedStory, rootDir);
  }
  return {
    ok: errors.length === 0 && json !== null,
    json,
    errors,
    warnings,
    files,
    words,
    knots,
    wordsByFile,
    choicePoints,
    parsed: json ? compiler.parsedStory : null,
    rootDir,
  };
}

/** Each parsed choice's runtime path with its source line, so what the explorer sees can be told by file:line. */
function choicePointsOf(story: ParsedStory, rootDir: string): ChoicePointSource[] {
  return story
    .FindAll(Choice)()
    .map((c) => ({
      path: c.runtimeChoice.path.componentsString,
      file: relative(process.cwd(), resolve(rootDir, c.debugMetadata?.fileName ?? '')),
      line: c.debugMetadata?.startLineNumber ?? 0,
      conditional: c.condition !== null,
    }));
}

/** The compiler's word count, split by the file each text comes from. */
function countWordsByFile(story: ParsedStory, rootDir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const text of story.FindAll(Text)()) {
    // Text nodes rarely carry their own source position: walk up to one that does.
    type Located = { debugMetadata: { fileName: string | null } | null; parent: unknown };
    let node = text as unknown as Located | null;
    while (node && !node.debugMetadata?.fileName) node = node.parent as Located | null;
    const name = node?.debugMetadata?.fileName;
    const file = name ? relative(process.cwd(), resolve(rootDir, name)) : '(unknown)';
    out[file] = (out[file] ?? 0) + countWords(text.text);
  }
  return out;
}
