import { CfnParameter } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { dutyCases } from '../../harness';

const prefs = (inputs: Record<string, unknown>) => ({
  schemaVersion: '1.0',
  description: 'Session Manager preferences',
  sessionType: 'Standard_Stream',
  inputs,
});

dutyCases('ssm-session-document-logging', [
  {
    name: 'the preferences document streams to a CloudWatch Logs group',
    build: (stack) => {
      const group = new logs.LogGroup(stack, 'Sessions');
      new ssm.CfnDocument(stack, 'Prefs', {
        documentType: 'Session',
        content: prefs({
          cloudWatchLogGroupName: group.logGroupName,
          cloudWatchEncryptionEnabled: true,
          cloudWatchStreamingEnabled: true,
          s3EncryptionEnabled: true,
        }),
      });
    },
    path: 'Prefs',
    expect: 'configured',
  },
  {
    name: 'an override gives the preferences as JSON text that logs to S3',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', { documentType: 'Session', content: prefs({}) }).addPropertyOverride(
        'Content',
        JSON.stringify(prefs({ s3BucketName: 'session-logs', s3EncryptionEnabled: true, cloudWatchEncryptionEnabled: true })),
      ),
    path: 'Prefs',
    expect: 'configured',
  },
  {
    name: 'the preferences document names no log destination',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', {
        documentType: 'Session',
        content: prefs({ s3BucketName: '', cloudWatchLogGroupName: '', s3EncryptionEnabled: true, cloudWatchEncryptionEnabled: true }),
      }),
    path: 'Prefs',
    expect: 'unconfigured',
  },
  {
    name: 'the document is a Command document',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Cmd', {
        documentType: 'Command',
        content: { schemaVersion: '2.2', mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: ['uptime'] } }] },
      }),
    path: 'Cmd',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override adds a log group',
    build: (stack) => {
      const doc = new ssm.CfnDocument(stack, 'Prefs', {
        documentType: 'Session',
        content: prefs({ s3EncryptionEnabled: true, cloudWatchEncryptionEnabled: true }),
      });
      doc.addPropertyOverride('Content.inputs.cloudWatchLogGroupName', '/ssm/sessions');
    },
    path: 'Prefs',
    expect: 'configured',
  },
  {
    name: 'an override gives the preferences as YAML text',
    build: (stack) => {
      const doc = new ssm.CfnDocument(stack, 'Prefs', { documentType: 'Session', documentFormat: 'YAML', content: prefs({}) });
      doc.addPropertyOverride('Content', 'schemaVersion: "1.0"\nsessionType: Standard_Stream\ninputs:\n  s3BucketName: ""\n');
    },
    path: 'Prefs',
    expect: 'unknown',
  },
  {
    name: 'the log group is a parameter that may be empty',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', {
        documentType: 'Session',
        content: prefs({ cloudWatchLogGroupName: new CfnParameter(stack, 'LogGroup').valueAsString }),
      }),
    path: 'Prefs',
    expect: 'unknown',
  },
]);
