import type { Value } from '../../lib/model/value';

export type FsxType = 'LUSTRE' | 'WINDOWS' | 'ONTAP' | 'OPENZFS';

/** The per-type configuration property of an AWS::FSx::FileSystem. */
export const CONFIG_PROPERTY: Record<FsxType, string> = {
  LUSTRE: 'LustreConfiguration',
  WINDOWS: 'WindowsConfiguration',
  ONTAP: 'OntapConfiguration',
  OPENZFS: 'OpenZFSConfiguration',
};

/** The file system type (required property), upper-cased. */
export function fsxType(props: Value): FsxType | undefined {
  const type = props.at('FileSystemType').str()?.toUpperCase();
  return type && type in CONFIG_PROPERTY ? (type as FsxType) : undefined;
}

/** The Lustre deployment type; SCRATCH_1 when unset (CloudFormation default). */
export function lustreDeployment(props: Value): string {
  return props.at('LustreConfiguration.DeploymentType').str() ?? 'SCRATCH_1';
}
