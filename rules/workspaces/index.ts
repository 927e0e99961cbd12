import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import workspacesWorkspaceVolumesEncrypted from './workspaces-workspace-volumes-encrypted';

/** WorkSpaces duties, sorted by id. */
export const duties: readonly Duty[] = [workspacesWorkspaceVolumesEncrypted];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::WorkSpaces::Workspace',
    service: 'Amazon WorkSpaces',
    serviceModel: 'container',
    awsSide:
      "AWS runs the virtual desktop infrastructure and streaming gateways; the desktop operating system's patching inside the WorkSpace, volume encryption, users and network access are the customer's.",
    source: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/security.html',
  },
];
