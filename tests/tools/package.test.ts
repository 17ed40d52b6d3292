/**
 * npm run package: the build as a zip that itch.io accepts as an HTML game:
 * index.html at the root of the archive, every other file at its own path,
 * the bytes unchanged, no source maps. Read back by a reader written here
 * from the zip format, and by `unzip` where the machine has it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writePackage } from '../../tools/package/archive';

/** Every file of a zip, from its central directory, checked against its CRC. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const packed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(start, start + packed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extra;
  }
  return files;
}

const dir = mkdtempSync(join(tmpdir(), 'uw-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeBuild(): string {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><script type="module" src="./assets/index.js"></script>',
  );
  writeFileSync(join(dist, 'assets/index.js'), 'console.log("Ça commence");\n'.repeat(200));
  writeFileSync(join(dist, 'assets/index.js.map'), '{}');
  writeFileSync(join(dist, 'assets/title.mp3'), Buffer.from([0xff, 0xfb, 0x90, 0x00, 1, 2, 3]));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

describe('npm run package', () => {
  it('zips the build with index.html at the root, every file intact, and no source maps', () => {
    const dist = fakeBuild();
    const out = join(dir, 'release/game.zip');
    expect(writePackage(dist, out)).toMatchObject({ files: 4 });
    const files = unzip(readFileSync(out));
    expect([...files.keys()].sort()).toEqual([
      'assets/index.js',
      'assets/title.mp3',
      'favicon.svg',
      'index.html',
    ]);
    for (const [name, data] of files) expect(data.equals(readFileSync(join(dist, name))), name).toBe(true);
    // The same build makes the same archive.
    writePackage(dist, join(dir, 'again.zip'));
    expect(readFileSync(join(dir, 'again.zip')).equals(readFileSync(out))).toBe(true);
    if (existsSync('/usr/bin/unzip')) execFileSync('/usr/bin/unzip', ['-tq', out]);
  });

  it('refuses a folder that holds no built game, saying what to do', () => {
    expect(() => writePackage(join(dir, 'nothing'), join(dir, 'x.zip'))).toThrow(/npm run build/);
  });
});
