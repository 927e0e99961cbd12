import type { Stack } from 'aws-cdk-lib';
import * as cloud9 from 'aws-cdk-lib/aws-cloud9';

/** An environment `Env` (there is no Cloud9 L2 in aws-cdk-lib). */
export function environment(stack: Stack, props: Partial<cloud9.CfnEnvironmentEC2Props> = {}): cloud9.CfnEnvironmentEC2 {
  return new cloud9.CfnEnvironmentEC2(stack, 'Env', {
    instanceType: 't3.small',
    imageId: 'resolve:ssm:/aws/service/cloud9/amis/amazonlinux-2023-x86_64',
    ...props,
  });
}
