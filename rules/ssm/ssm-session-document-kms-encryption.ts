import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { namesSomething, sessionPreferences } from './helpers';

export default defineDuty({
  id: 'ssm-session-document-kms-encryption',
  title: 'Session Manager preferences document encrypts session data with a KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::SSM::Document'],
  awsSide:
    'Session Manager protects session traffic with TLS 1.2; it adds encryption of the session data with an AWS KMS key only when the preferences document sets inputs.kmsKeyId.',
  customerSide:
    "Choosing stronger protection for interactive sessions is the customer's: with kmsKeyId the data exchanged between clients and managed nodes is also encrypted under a key whose policy the customer controls.",
  severity: 'info',
  remediation: {
    l1: 'AWS::SSM::Document with DocumentType Session and Content.inputs.kmsKeyId set to a KMS key the session users and the managed nodes may use',
  },
  controls: { fsbp: [], nist: ['SC-8', 'SC-8(1)', 'SC-13'] },
  sources: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-schema.html',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-preferences-enable-encryption.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html',
  ],
  messages: {
    noKey: 'The Session Manager preferences document does not set inputs.kmsKeyId, so session data is protected by TLS only.',
  },
  evaluate(ctx) {
    const prefs = sessionPreferences(ctx);
    if (prefs === 'not-session') return notApplicable('not a Session document with sessionType Standard_Stream');
    if (prefs === 'unreadable') return unknown('the document Content is text that is not JSON (YAML), which cannot be read at synth');
    if (!namesSomething(ctx, prefs.inputs.at('kmsKeyId'))) return unconfigured('noKey');
    return configured('inputs.kmsKeyId is set');
  },
});
