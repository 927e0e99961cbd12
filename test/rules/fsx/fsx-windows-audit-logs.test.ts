import { CfnParameter } from 'aws-cdk-lib';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import { dutyCases } from '../../harness';
import { lustre, windowsFs } from './fixtures';

const destination = 'arn:aws:logs:us-east-1:111111111111:log-group:/aws/fsx/audit';

dutyCases('fsx-windows-audit-logs', [
  {
    name: 'the Windows file system audits file and share access',
    build: (stack) =>
      windowsFs(stack, {
        auditLogConfiguration: {
          fileAccessAuditLogLevel: 'SUCCESS_AND_FAILURE',
          fileShareAccessAuditLogLevel: 'FAILURE_ONLY',
          auditLogDestination: destination,
        },
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the Windows file system sets no audit configuration',
    build: (stack) => windowsFs(stack),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L2 Lustre file system',
    build: (stack) => lustre(stack, { deploymentType: fsx.LustreDeploymentType.SCRATCH_2 }),
    path: 'Fs',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override turns on file access auditing',
    build: (stack) =>
      windowsFs(stack).addPropertyOverride('WindowsConfiguration.AuditLogConfiguration', {
        FileAccessAuditLogLevel: 'FAILURE_ONLY',
        FileShareAccessAuditLogLevel: 'DISABLED',
        AuditLogDestination: destination,
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the audit level is a parameter',
    build: (stack) =>
      windowsFs(stack, {
        auditLogConfiguration: {
          fileAccessAuditLogLevel: new CfnParameter(stack, 'Level').valueAsString,
          fileShareAccessAuditLogLevel: 'DISABLED',
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
