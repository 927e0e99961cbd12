import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';

export const BUILD_SPEC = codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['make'] } } });

/** An L2 project `Project` with an inline buildspec and no source. */
export function project(stack: Stack, props: Partial<codebuild.ProjectProps> = {}): codebuild.Project {
  return new codebuild.Project(stack, 'Project', { buildSpec: BUILD_SPEC, ...props });
}

export function cfnProject(p: codebuild.Project): codebuild.CfnProject {
  return p.node.defaultChild as codebuild.CfnProject;
}

/** A bare L1 project `Raw`. */
export function rawProject(stack: Stack, props: Partial<codebuild.CfnProjectProps> = {}): codebuild.CfnProject {
  return new codebuild.CfnProject(stack, 'Raw', {
    serviceRole: 'arn:aws:iam::111111111111:role/codebuild',
    artifacts: { type: 'NO_ARTIFACTS' },
    environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
    source: { type: 'NO_SOURCE', buildSpec: 'version: 0.2' },
    ...props,
  });
}

export function param(stack: Stack, id = 'Param'): string {
  return new CfnParameter(stack, id).valueAsString;
}
