import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { namesSomething, sessionPreferences } from './helpers';

export default defineDuty({
  id: 'ssm-session-document-logging',
  title: 'Session Manager preferences document sends session logs to S3 or CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::SSM::Document'],
  awsSide:
    'Session Manager records session activity (what was typed and returned) only when the preferences in the Session document name an S3 bucket (s3BucketName) or a CloudWatch Logs group (cloudWatchLogGroupName); CloudTrail records only that a session started and ended.',
  customerSide:
    "Auditing what is done on managed nodes is the customer's: without session logging, the commands run through Session Manager shells leave no record to investigate.",
  severity: 'warning',
  remediation: {
    l1: 'AWS::SSM::Document with DocumentType Session and Content.inputs.s3BucketName and/or Content.inputs.cloudWatchLogGroupName (with s3EncryptionEnabled / cloudWatchEncryptionEnabled true)',
  },
  controls: { fsbp: [], nist: ['AU-2', 'AU-3', 'AU-12'] },
  sources: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-schema.html',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-logging.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html',
  ],
  messages: {
    noLogging:
      'The Session Manager preferences document sets neither inputs.s3BucketName nor inputs.cloudWatchLogGroupName, so session activity is not logged.',
  },
  evaluate(ctx) {
    const prefs = sessionPreferences(ctx);
    if (prefs === 'not-session') return notApplicable('not a Session document with sessionType Standard_Stream');
    if (prefs === 'unreadable') return unknown('the document Content is text that is not JSON (YAML), which cannot be read at synth');
    const destinations = ['s3BucketName', 'cloudWatchLogGroupName'].filter((k) => namesSomething(ctx, prefs.inputs.at(k)));
    if (destinations.length === 0) return unconfigured('noLogging');
    return configured(`session logs go to ${destinations.join(' and ')}`);
  },
});
