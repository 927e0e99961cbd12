import * as fs from 'fs';
import * as path from 'path';

/** The package's own name and version, read from its package.json so the version has one source. */
function readOwnPackage(): { name: string; version: string; repository?: string | { url?: string }; homepage?: string } {
  // From lib/private (sources) or dist/lib/private (build): the nearest package.json that is ours.
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string; repository?: string | { url?: string } };
    if (pkg.name === 'cdk-shared-responsibility') return { ...pkg, name: pkg.name, version: pkg.version ?? '0.0.0' };
  }
  return { name: 'cdk-shared-responsibility', version: '0.0.0' };
}

const own = readOwnPackage();
export const TOOL_NAME = own.name;
export const TOOL_VERSION = own.version;

/**
 * Where the list of duties is, for messages: docs/duties.md at the package's GitHub repository
 * when package.json names one (an absolute URL works from a terminal and the npm page alike).
 */
export const DUTIES_DOC = dutiesDoc(own.repository);

/** Where the code of the resources fixes name (a log bucket, a web ACL, ...) is: docs/fixes.md, as DUTIES_DOC. */
export const FIXES_DOC = dutiesDoc(own.repository, 'docs/fixes.md');

export function dutiesDoc(repository: string | { url?: string } | undefined, file = 'docs/duties.md'): string {
  const url = typeof repository === 'string' ? repository : repository?.url;
  const github = /github\.com[/:]([^/]+\/[^/#]+?)(?:\.git)?(?:#.*)?$/.exec(url ?? '');
  return github ? `https://github.com/${github[1]}/blob/main/${file}` : `${file} in the cdk-shared-responsibility package repository`;
}
