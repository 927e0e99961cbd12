// The apps the end-to-end suite synthesizes with the real CDK CLI: each is the `bin/app.ts` of a
// copy of a freshly generated `cdk init app --language typescript` project.

export type Form = 'aspect' | 'plugin' | 'both';

const IMPORTS = `import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from 'cdk-shared-responsibility';
`;

function addChecks(form: Form, options = ''): string {
  const aspect = `cdk.Aspects.of(app).add(new SharedResponsibilityChecks(${options}));`;
  const plugin = `cdk.Validations.of(app).addPlugins(new SharedResponsibilityPlugin(${options}));`;
  return form === 'aspect' ? aspect : form === 'plugin' ? plugin : `${aspect}\n${plugin}`;
}

/** One error (a bucket without TLS enforcement), the same duty waived on a second bucket, and every report. */
export function errorApp(): string {
  return `${IMPORTS}
const app = new cdk.App();
${addChecks('aspect', "{ reports: ['markdown', 'sarif', 'csv'] }")}
const stack = new cdk.Stack(app, 'AppStack');
new s3.Bucket(stack, 'Open');
const waived = new s3.Bucket(stack, 'Waived');
cdk.Validations.of(waived).acknowledge({ id: 's3-bucket-require-tls', reason: 'e2e: read only through CloudFront over HTTPS' });
`;
}

/**
 * Warnings and no error: a bucket with TLS enforced but no logging, versioning or classification,
 * and with auto-delete, whose handler CDK creates itself (findings on it are info).
 */
export function warningsApp(form: Form): string {
  return `${IMPORTS}
const app = new cdk.App();
${addChecks(form)}
const stack = new cdk.Stack(app, 'AppStack');
new s3.Bucket(stack, 'Data', { enforceSSL: true, autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
`;
}

/** Shaped as a CDK Pipelines app: a clean top-level pipeline stack beside a Stage whose stack has an error. */
export function pipelinesApp(form: Form): string {
  return `${IMPORTS}
const app = new cdk.App();
${addChecks(form)}
const pipeline = new cdk.Stack(app, 'PipelineStack');
new ssm.StringParameter(pipeline, 'Release', { stringValue: '1' });
const prod = new cdk.Stage(app, 'Prod');
const data = new cdk.Stack(prod, 'Data');
new s3.Bucket(data, 'Open');
`;
}

/** The README's unit-test recipes, as the app's own jest test (run by the app's jest and @swc/jest). */
export const UNIT_TEST = `import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib/core';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from 'cdk-shared-responsibility';

// The app's feature flags, as cdk synth applies them.
const { context } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'cdk.json'), 'utf8'));

function stack(app: cdk.App, enforceSSL: boolean): cdk.Stack {
  const s = new cdk.Stack(app, 'AppStack');
  new s3.Bucket(s, 'Data', { enforceSSL });
  return s;
}

test('aspect: no errors', () => {
  const app = new cdk.App({ context });
  cdk.Aspects.of(app).add(new SharedResponsibilityChecks());
  Annotations.fromStack(stack(app, true)).hasNoError('*', Match.anyValue());
});

test('aspect: an error fails the test and names the duty', () => {
  const app = new cdk.App({ context });
  cdk.Aspects.of(app).add(new SharedResponsibilityChecks());
  const s = stack(app, false);
  expect(() => Annotations.fromStack(s).hasNoError('*', Match.anyValue())).toThrow(/s3-bucket-require-tls/);
});

test('plugin: no errors', () => {
  const app = new cdk.App({ context });
  cdk.Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
  stack(app, true);
  expect(() => app.synth()).not.toThrow();
});

test('plugin: an error fails the test and names the duty', () => {
  const app = new cdk.App({ context });
  cdk.Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
  stack(app, false);
  expect(() => app.synth()).toThrow(/s3-bucket-require-tls/);
});
`;

/**
 * A strict consumer of the public declarations; compiled with skipLibCheck false, so a declaration
 * that imports what the package does not ship fails here.
 */
export const TYPES_CONSUMER = `import { App, Aspects, Validations } from 'aws-cdk-lib';
import {
  SharedResponsibilityChecks,
  SharedResponsibilityPlugin,
  renderSarif,
  type Results,
  type SarifLog,
  type SharedResponsibilityChecksProps,
} from 'cdk-shared-responsibility';

const props: SharedResponsibilityChecksProps = { unknownAsError: true, reports: ['sarif'] };
const app = new App();
Aspects.of(app).add(new SharedResponsibilityChecks(props));
Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ failOnWarnings: true }));
export function sarifOf(results: Results): SarifLog {
  return renderSarif(results, { repoRoot: '.' });
}
`;

export const TYPES_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['es2022'],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: ['node'],
  },
  files: ['consumer.ts'],
};

/** Both module systems load the package and see the same classes. */
export const CJS_CHECK = `const m = require('cdk-shared-responsibility');
for (const name of ['SharedResponsibilityChecks', 'SharedResponsibilityPlugin', 'renderSarif']) {
  if (typeof m[name] !== 'function') throw new Error('require: ' + name + ' is ' + typeof m[name]);
}
console.log('require ok');
`;

export const ESM_CHECK = `import { SharedResponsibilityChecks, SharedResponsibilityPlugin, renderSarif } from 'cdk-shared-responsibility';
import * as pkg from 'cdk-shared-responsibility';
for (const [name, value] of Object.entries({ SharedResponsibilityChecks, SharedResponsibilityPlugin, renderSarif })) {
  if (typeof value !== 'function') throw new Error('import: ' + name + ' is ' + typeof value);
}
if (pkg.default.SharedResponsibilityChecks !== SharedResponsibilityChecks) throw new Error('import: default export differs');
console.log('import ok');
`;
