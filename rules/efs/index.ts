import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import efsAccessPointPosixUser from './efs-access-point-posix-user';
import efsAccessPointRootDirectory from './efs-access-point-root-directory';
import efsFileSystemBackup from './efs-file-system-backup';
import efsFileSystemEncrypted from './efs-file-system-encrypted';
import efsFileSystemRequireTls from './efs-file-system-require-tls';
import efsMountTargetPrivateSubnet from './efs-mount-target-private-subnet';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  efsAccessPointPosixUser,
  efsAccessPointRootDirectory,
  efsFileSystemBackup,
  efsFileSystemEncrypted,
  efsFileSystemRequireTls,
  efsMountTargetPrivateSubnet,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::EFS::FileSystem',
    service: 'Amazon EFS',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the file system storage, stores data redundantly across Availability Zones (Regional file systems) and runs the NFS endpoints; encryption, the file system policy and backups are the customer's choices.",
    source: 'https://docs.aws.amazon.com/efs/latest/ug/security-considerations.html',
  },
  {
    type: 'AWS::EFS::AccessPoint',
    service: 'Amazon EFS',
    serviceModel: 'abstracted',
    awsSide:
      "EFS enforces the access point's root directory and POSIX identity on every request made through it; what they are is the customer's choice.",
    source: 'https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html',
  },
  {
    type: 'AWS::EFS::MountTarget',
    service: 'Amazon EFS',
    serviceModel: 'abstracted',
    awsSide:
      "EFS creates and operates the mount target's network interface in the subnet and with the security groups the customer chooses.",
    source: 'https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html',
  },
];
