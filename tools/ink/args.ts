/** Minimal argv parsing for the ink CLI: one optional file, `--flag` and `--key value`. */
export interface Args {
  file: string | null;
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseArgs(argv: string[], valued: readonly string[]): Args {
  const args: Args = { file: null, flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (valued.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        args.values.set(name, v);
      } else args.flags.add(name);
    } else if (args.file === null) args.file = a;
    else throw new Error(`unexpected argument "${a}"`);
  }
  return args;
}

/** A non-negative number option, or the default. */
export function numberOption(args: Args, name: string, fallback: number): number {
  const raw = args.values.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, not "${raw}"`);
  return n;
}
