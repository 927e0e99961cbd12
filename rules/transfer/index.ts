import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import transferServerEndpointNotPublic from './transfer-server-endpoint-not-public';
import transferServerNoFtp from './transfer-server-no-ftp';

/** AWS Transfer Family duties, sorted by id. */
export const duties: readonly Duty[] = [transferServerEndpointNotPublic, transferServerNoFtp];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Transfer::Server',
    service: 'AWS Transfer Family',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs and scales the managed SFTP/FTPS/FTP/AS2 endpoints and stores files in the customer's S3 or EFS; endpoint exposure, protocols, identity provider, users' permissions and logging are the customer's.",
    source: 'https://docs.aws.amazon.com/transfer/latest/userguide/security.html',
  },
];
