import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_SERVER, CREATE_SERVER } from './helpers';

export default defineDuty({
  id: 'transfer-server-no-ftp',
  title: 'Transfer Family server does not accept plain FTP',
  category: 'data-protection',
  resourceTypes: ['AWS::Transfer::Server'],
  awsSide:
    'AWS Transfer Family serves each protocol the server lists: SFTP (over SSH) and FTPS (over TLS) encrypt credentials and files in transit, FTP sends both in plaintext. Without Protocols the server accepts SFTP only.',
  customerSide: "Protecting credentials and files in transit is the customer's: the server must offer SFTP or FTPS, not FTP.",
  severity: 'error',
  remediation: { l1: 'Protocols: [SFTP] or [FTPS] (with Certificate), without FTP' },
  controls: { fsbp: ['Transfer.2'], nist: [...NIST.transit] },
  sources: [
    `${CFN_SERVER}#cfn-transfer-server-protocols`,
    CREATE_SERVER,
    'https://docs.aws.amazon.com/securityhub/latest/userguide/transfer-controls.html#transfer-2',
  ],
  messages: {
    ftp: 'Protocols includes FTP, so credentials and files cross the network unencrypted.',
  },
  evaluate(ctx) {
    const protocols = (ctx.props.at('Protocols').list() ?? []).map((p) => p.str());
    if (protocols.includes('FTP')) return unconfigured('ftp');
    return configured(
      protocols.length > 0 ? `Protocols are ${protocols.join(', ')}` : 'Protocols is not set, so the server accepts SFTP only',
    );
  },
});
