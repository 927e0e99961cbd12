import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import lambdaFunctionAsyncFailureDestination from './lambda-function-async-failure-destination';
import lambdaFunctionCodeSigning from './lambda-function-code-signing';
import lambdaFunctionEnvEncryptionCmk from './lambda-function-env-encryption-cmk';
import lambdaFunctionInVpc from './lambda-function-in-vpc';
import lambdaFunctionNoCredentialsInEnvironment from './lambda-function-no-credentials-in-environment';
import lambdaFunctionRuntimeNotDeprecating from './lambda-function-runtime-not-deprecating';
import lambdaFunctionRuntimeSupported from './lambda-function-runtime-supported';
import lambdaFunctionVpcMultiAz from './lambda-function-vpc-multi-az';
import lambdaFunctionXrayTracing from './lambda-function-xray-tracing';
import lambdaPermissionNotPublic from './lambda-permission-not-public';
import lambdaPermissionServiceSource from './lambda-permission-service-source';
import lambdaUrlAuthRequired from './lambda-url-auth-required';

/** Lambda duties, sorted by id. */
export const duties: readonly Duty[] = [
  lambdaFunctionAsyncFailureDestination,
  lambdaFunctionCodeSigning,
  lambdaFunctionEnvEncryptionCmk,
  lambdaFunctionInVpc,
  lambdaFunctionNoCredentialsInEnvironment,
  lambdaFunctionRuntimeNotDeprecating,
  lambdaFunctionRuntimeSupported,
  lambdaFunctionVpcMultiAz,
  lambdaFunctionXrayTracing,
  lambdaPermissionNotPublic,
  lambdaPermissionServiceSource,
  lambdaUrlAuthRequired,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Lambda::Function',
    service: 'AWS Lambda',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the compute fleet, the isolated execution environments and, for .zip functions, patches the managed runtime and its operating system until the runtime is deprecated; the code, its dependencies, runtime choice, configuration and permissions are the customer's.",
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-security.html',
  },
  {
    type: 'AWS::Lambda::Permission',
    service: 'AWS Lambda',
    serviceModel: 'abstracted',
    awsSide:
      "AWS evaluates the function's resource-based policy, built from these permissions, on every invocation; whom it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
  {
    type: 'AWS::Lambda::Url',
    service: 'AWS Lambda',
    serviceModel: 'abstracted',
    awsSide: "AWS serves the function URL endpoint over HTTPS and enforces its AuthType; choosing the AuthType is the customer's.",
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  },
];
