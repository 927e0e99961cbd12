import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Stack } from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';

/** Includes a SAM template (with its Transform and, if given, Globals) as users bring one into CDK; its resources are at `Included/<logicalId>`. */
export function includeSam(stack: Stack, template: { Globals?: unknown; Resources: Record<string, unknown>; Parameters?: unknown }): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sam-'));
  const file = path.join(dir, 'template.json');
  fs.writeFileSync(file, JSON.stringify({ Transform: 'AWS::Serverless-2016-10-31', ...template }));
  new cfninc.CfnInclude(stack, 'Included', { templateFile: file });
}

/** A SAM function at `Fn` (aws-cdk-lib/aws-sam L1). */
export function samFunction(stack: Stack, props: Partial<sam.CfnFunctionProps> = {}): sam.CfnFunction {
  return new sam.CfnFunction(stack, 'Fn', {
    handler: 'index.handler',
    inlineCode: 'exports.handler = async () => {}',
    runtime: 'nodejs24.x',
    ...props,
  });
}
