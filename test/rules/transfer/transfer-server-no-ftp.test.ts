import * as transfer from 'aws-cdk-lib/aws-transfer';
import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';

dutyCases('transfer-server-no-ftp', [
  {
    name: 'the server keeps the default protocol (SFTP)',
    build: (s) => new transfer.CfnServer(s, 'Server', {}),
    path: 'Server',
    expect: 'configured',
  },
  {
    name: 'the server offers FTPS',
    build: (s) =>
      new transfer.CfnServer(s, 'Server', {
        protocols: ['FTPS'],
        endpointType: 'VPC',
        certificate: 'arn:aws:acm:us-east-1:111111111111:certificate/x',
      }),
    path: 'Server',
    expect: 'configured',
  },
  {
    name: 'the server offers FTP beside SFTP',
    build: (s) => new transfer.CfnServer(s, 'Server', { protocols: ['SFTP', 'FTP'], endpointType: 'VPC' }),
    path: 'Server',
    expect: 'unconfigured',
  },
  {
    name: 'FTP is removed by an escape-hatch override',
    build: (s) =>
      new transfer.CfnServer(s, 'Server', { protocols: ['FTP'], endpointType: 'VPC' }).addPropertyOverride('Protocols', ['SFTP']),
    path: 'Server',
    expect: 'configured',
  },
  {
    name: 'the protocols come from a parameter',
    build: (s) =>
      new transfer.CfnServer(s, 'Server', { protocols: new CfnParameter(s, 'Protocols', { type: 'CommaDelimitedList' }).valueAsList }),
    path: 'Server',
    expect: 'unknown',
  },
]);
