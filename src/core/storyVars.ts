/**
 * A snapshot of the story's variables, as plain values. The narrative layer
 * reads them out of ink; core decides things from them without knowing ink.
 */
export type VarValue = number | string | boolean;
export type StoryVars = Readonly<Record<string, VarValue>>;

export function num(vars: StoryVars, name: string): number {
  const v = vars[name];
  return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : Number(v ?? 0) || 0;
}

export function flag(vars: StoryVars, name: string): boolean {
  const v = vars[name];
  // ink booleans arrive as booleans (or 1/0 from older saves).
  return v === true || v === 1;
}

export function str(vars: StoryVars, name: string): string {
  const v = vars[name];
  return typeof v === 'string' ? v : v === undefined ? '' : String(v);
}
