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
});
