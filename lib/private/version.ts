import * as fs from 'fs';
import * as path from 'path';

/** The package's own name and version, read from its package.json so the version has one source. */
function readOwnPackage(): { name: string; version: string } {
  // From lib/private (sources) or dist/lib/private (build): the nearest package.json that is ours.
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'cdk-shared-responsibility') return { name: pkg.name, version: pkg.version ?? '0.0.0' };
  }
  return { name: 'cdk-shared-responsibility', version: '0.0.0' };
}

const own = readOwnPackage();
export const TOOL_NAME = own.name;
export const TOOL_VERSION = own.version;
