import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import stepfunctionsStateMachineKmsKey from './stepfunctions-state-machine-kms-key';
import stepfunctionsStateMachineLogging from './stepfunctions-state-machine-logging';
import stepfunctionsStateMachineXrayTracing from './stepfunctions-state-machine-xray-tracing';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  stepfunctionsStateMachineKmsKey,
  stepfunctionsStateMachineLogging,
  stepfunctionsStateMachineXrayTracing,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::StepFunctions::StateMachine',
    service: 'AWS Step Functions',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the workflow engine, stores execution history and encrypts it at rest with an AWS owned key by default; logging, tracing, key choice and the execution role are the customer's.",
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html',
  },
];
