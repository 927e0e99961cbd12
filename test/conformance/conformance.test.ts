import * as fs from 'fs';
import * as path from 'path';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';
import { loadTemplate } from '../../lib/report/cfn-template';
import { dutyResult, synthWithChecks } from '../harness';

/**
 * Realistic CloudFormation templates, loaded with CfnInclude as users bring existing templates into
 * CDK. Each resource states, in its `Metadata.Expect`, the outcome each duty must have; the test
 * checks every one, so the expectations are written beside the resources they describe.
 */
const DIR = path.join(__dirname, 'templates');
const templates = fs.readdirSync(DIR).filter((f) => /\.(json|ya?ml)$/.test(f));

type Template = { Resources: Record<string, { Metadata?: { Expect?: Record<string, string> } }> };

function expectations(template: Template): Array<{ logicalId: string; dutyId: string; outcome: string }> {
  return Object.entries(template.Resources).flatMap(([logicalId, r]) =>
    Object.entries(r.Metadata?.Expect ?? {}).map(([dutyId, outcome]) => ({ logicalId, dutyId, outcome })),
  );
}

describe.each(templates)('conformance: %s', (file) => {
  const { results } = synthWithChecks((stack) => new cfninc.CfnInclude(stack, 'Included', { templateFile: path.join(DIR, file) }));

  it('meets every expectation written in the template', async () => {
    // The same loader the CLI uses: JSON, or YAML with CloudFormation's short-form tags.
    const cases = expectations((await loadTemplate(path.join(DIR, file))) as Template);
    expect(cases.length).toBeGreaterThan(5);
    const actual = cases.map((c) => ({ ...c, outcome: dutyResult(results, `Included/${c.logicalId}`, c.dutyId)?.outcome ?? 'absent' }));
    expect(actual).toEqual(cases);
  });
});
