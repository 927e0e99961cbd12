import type { Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';

/** A REST API with one mock GET method, deployed to the `prod` stage. */
export function restApi(stack: Stack, props: apigateway.RestApiProps = {}): apigateway.RestApi {
  const api = new apigateway.RestApi(stack, 'Api', { cloudWatchRole: false, ...props });
  api.root.addMethod('GET', new apigateway.MockIntegration());
  return api;
}

export const STAGE = 'Api/DeploymentStage.prod';

export function cfnStage(api: apigateway.RestApi): apigateway.CfnStage {
  return api.deploymentStage.node.defaultChild as apigateway.CfnStage;
}
