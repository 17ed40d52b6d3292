/** story:play tells a writer what an option did to the meters, and which listed choice no longer exists. */
import { describe, expect, it } from 'vitest';
import { FIXTURES, jsonLines, runCli } from './cli.ts';

const FILE = `${FIXTURES}/design/dominant/main.ink`;

describe('story:play', () => {
  it('shows the meters after each choice with --vars, the moved ones as a → b', async () => {
    const r = await runCli('play', [FILE, '--choices', '2', '--vars']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[meters after choice 1: supply 50 → 55, nkvd 20]');
  });

  it('puts the meters in the JSON lines too', async () => {
    const r = await runCli('play', [FILE, '--choices', '1', '--vars', '--json']);
    expect(jsonLines(r.stdout)).toContainEqual({
      type: 'meters',
      afterChoice: 1,
      meters: { supply: 45, nkvd: 25 },
    });
  });

  it('names the listed choice that no longer exists when the story ends first', async () => {
    const r = await runCli('play', [FILE, '--choices', '2,1,1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the story ended after 2 choices: choice 3 of --choices (1) no longer exists');
  });
});
