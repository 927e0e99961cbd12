import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

export const AL2023 = '64bit Amazon Linux 2023 v6.6.0 running Node.js 22';
export const AL2 = '64bit Amazon Linux 2 v5.10.0 running Node.js 18';

export type Options = Record<string, Record<string, string>>;

export function settings(options: Options): eb.CfnEnvironment.OptionSettingProperty[] {
  return Object.entries(options).flatMap(([namespace, values]) =>
    Object.entries(values).map(([optionName, value]) => ({ namespace, optionName, value })),
  );
}

/** An environment `Env` (there is no Elastic Beanstalk L2 in aws-cdk-lib). */
export function environment(stack: Stack, options: Options = {}, props: Partial<eb.CfnEnvironmentProps> = {}): eb.CfnEnvironment {
  return new eb.CfnEnvironment(stack, 'Env', {
    applicationName: 'app',
    solutionStackName: AL2023,
    optionSettings: settings(options),
    ...props,
  });
}

export function param(stack: Stack, id = 'Param'): string {
  return new CfnParameter(stack, id).valueAsString;
}
