import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import fsxFileSystemAutomaticBackups from './fsx-file-system-automatic-backups';
import fsxFileSystemKmsKey from './fsx-file-system-kms-key';
import fsxFileSystemMultiAz from './fsx-file-system-multi-az';
import fsxWindowsAuditLogs from './fsx-windows-audit-logs';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [fsxFileSystemAutomaticBackups, fsxFileSystemKmsKey, fsxFileSystemMultiAz, fsxWindowsAuditLogs];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::FSx::FileSystem',
    service: 'Amazon FSx',
    serviceModel: 'container',
    awsSide:
      "AWS provisions, patches and replaces the file servers and storage and encrypts data at rest; deployment type, backups, access auditing and network placement are the customer's choices.",
    source: 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/security.html',
  },
];
