import * as fs from 'fs';
import * as path from 'path';
import { COMPANIONS } from '../../rules/companions';

const COMPANIONS_DIR = path.join(__dirname, '..', '..', 'examples', 'companions');

/** The first paragraph of the builder's doc comment, as one line. */
function summary(source: string, builder: string): string {
  const doc = new RegExp(`/\\*\\*([\\s\\S]*?)\\*/\\s*export function ${builder}\\b`).exec(source);
  if (!doc) throw new Error(`rules/companions: ${builder} has no doc comment`);
  const lines = doc[1].split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim());
  const end = lines.findIndex((l, i) => i > 0 && l === '' && lines.slice(0, i).some(Boolean));
  return (end < 0 ? lines : lines.slice(0, end)).filter(Boolean).join(' ');
}

/**
 * docs/fixes.md: the code of every resource the fixes name (a log bucket, a log group, a web ACL,
 * a KMS key), taken from examples/companions/*.ts, the files the tests synthesize with the checks.
 */
export function fixesDocument(): string {
  const parts = [
    '# Resources the fixes name',
    '',
    '<!-- Generated from examples/companions/*.ts by `npm run docs`: edit those files, not this one. -->',
    '',
    'Some fixes point at a resource you may not have yet: `serverAccessLogsBucket: logBucket`,',
    '`webAclArn: webAcl.attrArn`, `encryptionKey: key`. Each one is below, as compiled, tested code that',
    'meets its own duties: the tests synthesize it with the checks (aspect and plugin) and find no error',
    'and no warning on it, and apply every fix of the insecure example app in one round to reach none.',
    'Copy the function into your app, or its body into your stack, and make each resource once per stack.',
    '',
  ];
  for (const c of COMPANIONS) {
    const file = `${c.id}.ts`;
    const source = fs.readFileSync(path.join(COMPANIONS_DIR, file), 'utf8');
    parts.push(
      `## ${c.id}`,
      '',
      `\`${c.name}\`: ${summary(source, c.builder)}`,
      '',
      `Named by the fixes of ${c.duties.map((d) => `\`${d}\``).join(', ')}.`,
      '',
      `From [examples/companions/${file}](../examples/companions/${file}):`,
      '',
      '```ts',
      source.trimEnd(),
      '```',
      '',
    );
  }
  return parts.join('\n');
}

export const FIXES_DOC_FILE = path.join(__dirname, '..', '..', 'docs', 'fixes.md');
