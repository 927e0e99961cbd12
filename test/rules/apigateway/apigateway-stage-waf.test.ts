import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { dutyCases } from '../../harness';
import { restApi, STAGE } from './fixtures';

const acl = (stack: Stack) =>
  new wafv2.CfnWebACL(stack, 'Acl', {
    scope: 'REGIONAL',
    defaultAction: { allow: {} },
    visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'acl', sampledRequestsEnabled: true },
  });

dutyCases('apigateway-stage-waf', [
  {
    name: 'a web ACL association references the L2 deployment stage',
    build: (stack) =>
      new wafv2.CfnWebACLAssociation(stack, 'Assoc', {
        resourceArn: restApi(stack).deploymentStage.stageArn,
        webAclArn: acl(stack).attrArn,
      }),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the L2 REST API has no web ACL',
    build: (stack) => restApi(stack),
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'the association is attached to an L1 stage',
    build: (stack) => {
      const api = restApi(stack, { deploy: false });
      const stage = new apigateway.CfnStage(stack, 'Raw', {
        restApiId: api.restApiId,
        deploymentId: new apigateway.Deployment(stack, 'D', { api }).deploymentId,
        stageName: 'v1',
      });
      new wafv2.CfnWebACLAssociation(stack, 'Assoc', {
        resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${api.restApiId}/stages/${stage.ref}`,
        webAclArn: acl(stack).attrArn,
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the only association in the template protects a resource ARN given as a parameter',
    build: (stack) => {
      restApi(stack);
      new wafv2.CfnWebACLAssociation(stack, 'Assoc', {
        resourceArn: new CfnParameter(stack, 'Protected').valueAsString,
        webAclArn: acl(stack).attrArn,
      });
    },
    path: STAGE,
    expect: 'unknown',
  },
]);
