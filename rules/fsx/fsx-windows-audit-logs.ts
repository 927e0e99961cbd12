import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { fsxType } from './helpers';

export default defineDuty({
  id: 'fsx-windows-audit-logs',
  title: 'FSx for Windows File Server audits file and share access',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::FSx::FileSystem'],
  awsSide:
    'Amazon FSx for Windows File Server records access to files, folders and file shares as Windows event logs delivered to CloudWatch Logs or Firehose only when AuditLogConfiguration sets an audit level other than DISABLED.',
  customerSide:
    "Recording who accessed which files and shares is the customer's: without access auditing, data access on the file server leaves no trail.",
  severity: 'warning',
  remediation: {
    l1: 'WindowsConfiguration: { AuditLogConfiguration: { FileAccessAuditLogLevel: SUCCESS_AND_FAILURE, FileShareAccessAuditLogLevel: SUCCESS_AND_FAILURE, AuditLogDestination: <log group ARN beginning /aws/fsx> } }',
  },
  controls: { fsbp: [], nist: ['AU-2', 'AU-3', 'AU-12', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-fsx-filesystem-auditlogconfiguration.html',
    'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/file-access-auditing.html',
  ],
  messages: {
    off: 'AuditLogConfiguration sets FileAccessAuditLogLevel {files} and FileShareAccessAuditLogLevel {shares}, so file and share access is not audited.',
  },
  evaluate(ctx) {
    if (fsxType(ctx.props) !== 'WINDOWS') return notApplicable('file access auditing applies to FSx for Windows File Server');
    const audit = ctx.props.at('WindowsConfiguration.AuditLogConfiguration');
    const files = audit.at('FileAccessAuditLogLevel').str() ?? 'DISABLED';
    const shares = audit.at('FileShareAccessAuditLogLevel').str() ?? 'DISABLED';
    if (files !== 'DISABLED' || shares !== 'DISABLED') return configured(`file access ${files}, share access ${shares}`);
    return unconfigured('off', { files, shares });
  },
});
