import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeAtomically } from '../../lib/private/write-results';

describe('files are written through a temporary file nobody can redirect', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-atomically-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('does not follow a symlink planted at a predictable temporary name', () => {
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const file = path.join(dir, 'results.json');
    fs.symlinkSync(victim, `${file}.${process.pid}.tmp`);
    writeAtomically(file, '{"new": true}');
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"new": true}');
  });

  it('replaces a symlink at the destination rather than writing through it', () => {
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const file = path.join(dir, 'results.json');
    fs.symlinkSync(victim, file);
    writeAtomically(file, ['{"pieces":', ' true}']);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
  });

  it('removes its temporary file when the rename fails', () => {
    const file = path.join(dir, 'results.json');
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'occupied'), '');
    expect(() => writeAtomically(file, 'x')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['results.json']);
  });

  it('writes pieces byte for byte as their concatenation, across buffer boundaries and multi-byte characters', () => {
    const file = path.join(dir, 'results.json');
    // Pieces up to 700,000 code units: a few fill the 1 MiB buffer, some alone exceed what it can be sure to hold.
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 175_000 }))
        .map(([s, n]) => s.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        writeAtomically(file, pieces);
        expect(fs.readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
