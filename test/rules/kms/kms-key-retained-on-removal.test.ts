import { CfnCondition, CfnDeletionPolicy, CfnParameter, Fn, RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('kms-key-retained-on-removal', [
  {
    name: 'the L2 key keeps its default removal policy (RETAIN)',
    build: (stack) => new kms.Key(stack, 'Key'),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the L2 key uses RemovalPolicy.DESTROY',
    build: (stack) => new kms.Key(stack, 'Key', { removalPolicy: RemovalPolicy.DESTROY }),
    path: 'Key',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 key has no DeletionPolicy',
    build: (stack) => new kms.CfnKey(stack, 'Raw'),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 key sets RetainExceptOnCreate',
    build: (stack) => {
      new kms.CfnKey(stack, 'Raw').cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE;
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override sets DeletionPolicy Retain on a DESTROY key',
    build: (stack) =>
      (new kms.Key(stack, 'Key', { removalPolicy: RemovalPolicy.DESTROY }).node.defaultChild as kms.CfnKey).addOverride(
        'DeletionPolicy',
        'Retain',
      ),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the DeletionPolicy is chosen by a condition',
    build: (stack) => {
      const prod = new CfnCondition(stack, 'IsProd', {
        expression: Fn.conditionEquals(new CfnParameter(stack, 'Env').valueAsString, 'prod'),
      });
      new kms.CfnKey(stack, 'Raw').addOverride('DeletionPolicy', Fn.conditionIf(prod.logicalId, 'Retain', 'Delete'));
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
