import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';

const ROLE = 'arn:aws:iam::111111111111:role/sagemaker';

/** A notebook instance `Notebook` (the SageMaker L2 is not in aws-cdk-lib). */
export function notebook(stack: Stack, props: Partial<sagemaker.CfnNotebookInstanceProps> = {}): sagemaker.CfnNotebookInstance {
  return new sagemaker.CfnNotebookInstance(stack, 'Notebook', { instanceType: 'ml.t3.medium', roleArn: ROLE, ...props });
}

export function model(stack: Stack, props: Partial<sagemaker.CfnModelProps> = {}): sagemaker.CfnModel {
  return new sagemaker.CfnModel(stack, 'Model', {
    executionRoleArn: ROLE,
    primaryContainer: { image: '111111111111.dkr.ecr.us-east-1.amazonaws.com/model:1' },
    ...props,
  });
}

export function endpointConfig(
  stack: Stack,
  variants: sagemaker.CfnEndpointConfig.ProductionVariantProperty[],
): sagemaker.CfnEndpointConfig {
  return new sagemaker.CfnEndpointConfig(stack, 'EndpointConfig', { productionVariants: variants });
}

export function domain(stack: Stack, props: Partial<sagemaker.CfnDomainProps> = {}): sagemaker.CfnDomain {
  return new sagemaker.CfnDomain(stack, 'Domain', {
    authMode: 'IAM',
    domainName: 'studio',
    defaultUserSettings: { executionRole: ROLE },
    subnetIds: ['subnet-1'],
    vpcId: 'vpc-1',
    ...props,
  });
}

export function param(stack: Stack, id = 'Param'): string {
  return new CfnParameter(stack, id).valueAsString;
}
