import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';

// The recipes of README "Unit tests", under the feature flags `cdk init` (CLI 2.1149) writes to
// cdk.json, copied here; `npm run e2e` runs the same recipes in a freshly generated app.
const cdkInitContext = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/cdk-init-context.json'), 'utf8')) as Record<
  string,
  unknown
>;
function appStack(app: App, secure: boolean): Stack {
  const stack = new Stack(app, 'AppStack');
  new s3.Bucket(stack, 'Data', { enforceSSL: secure });
  return stack;
}

describe.each([true, false])('annotationsInValidationReport %s', (flag) => {
  const context = { ...cdkInitContext, '@aws-cdk/core:annotationsInValidationReport': flag };

  it('aspect: Annotations.fromStack finds no error on a secure stack', () => {
    const app = new App({ context });
    Aspects.of(app).add(new SharedResponsibilityChecks());
    const stack = appStack(app, true);
    Annotations.fromStack(stack).hasNoError('*', Match.anyValue());
    Annotations.fromStack(stack).hasWarning('/AppStack/Data', Match.stringLikeRegexp('s3-bucket-versioning'));
  });

  it('aspect: fails when the stack has an error', () => {
    const app = new App({ context });
    Aspects.of(app).add(new SharedResponsibilityChecks());
    const stack = appStack(app, false);
    expect(() => Annotations.fromStack(stack).hasNoError('*', Match.anyValue())).toThrow(/s3-bucket-require-tls/);
  });

  it('plugin: synth does not throw on a secure stack', () => {
    const app = new App({ context });
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    appStack(app, true);
    expect(() => app.synth()).not.toThrow();
  });

  it('plugin: synth throws with the finding when the stack has an error', () => {
    const app = new App({ context });
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    appStack(app, false);
    expect(() => app.synth()).toThrow(/s3-bucket-require-tls[\s\S]*AppStack\/Data/);
  });
});
