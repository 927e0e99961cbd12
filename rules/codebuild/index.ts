import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import codebuildProjectArtifactsEncrypted from './codebuild-project-artifacts-encrypted';
import codebuildProjectLogging from './codebuild-project-logging';
import codebuildProjectNoPlaintextCredentials from './codebuild-project-no-plaintext-credentials';
import codebuildProjectNoPrivilegedMode from './codebuild-project-no-privileged-mode';
import codebuildProjectS3LogsEncrypted from './codebuild-project-s3-logs-encrypted';
import codebuildProjectSourceUrlNoCredentials from './codebuild-project-source-url-no-credentials';
import codebuildReportGroupExportEncrypted from './codebuild-report-group-export-encrypted';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  codebuildProjectArtifactsEncrypted,
  codebuildProjectLogging,
  codebuildProjectNoPlaintextCredentials,
  codebuildProjectNoPrivilegedMode,
  codebuildProjectS3LogsEncrypted,
  codebuildProjectSourceUrlNoCredentials,
  codebuildReportGroupExportEncrypted,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::CodeBuild::Project',
    service: 'AWS CodeBuild',
    serviceModel: 'abstracted',
    awsSide:
      'AWS runs each build in a fresh, isolated container on infrastructure it patches, and encrypts artifacts and logs by default; the customer owns the build image choice, buildspec, credentials, privileges and log settings.',
    source: 'https://docs.aws.amazon.com/codebuild/latest/userguide/security.html',
  },
  {
    type: 'AWS::CodeBuild::ReportGroup',
    service: 'AWS CodeBuild',
    serviceModel: 'abstracted',
    awsSide: "AWS stores test reports and, when asked, exports raw results to the customer's S3 bucket, encrypted by default.",
    source: 'https://docs.aws.amazon.com/codebuild/latest/userguide/test-reporting.html',
  },
];
