import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-code-signing',
  title: 'Lambda function verifies code signatures',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'AWS stores and runs whatever .zip package is deployed; with a code signing configuration, Lambda checks on every deployment that the package is signed by an allowed AWS Signer profile and has not been altered.',
  customerSide:
    "Protecting the integrity of the deployed code is the customer's: without a code signing configuration anyone who may update the function can deploy unsigned or altered code.",
  severity: 'info',
  remediation: {
    l2: 'new lambda.Function(this, id, { codeSigningConfig: new lambda.CodeSigningConfig(this, "Csc", { signingProfiles: [profile] }), ... })',
    l1: 'CodeSigningConfigArn: the ARN of an AWS::Lambda::CodeSigningConfig',
  },
  controls: { fsbp: [], nist: ['CM-14', 'SI-7', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html',
  ],
  messages: {
    none: 'The function has no CodeSigningConfigArn, so Lambda accepts unsigned deployment packages.',
  },
  evaluate(ctx) {
    if (ctx.props.at('PackageType').str() === 'Image')
      return notApplicable('Lambda code signing does not apply to container image functions');
    if (ctx.props.at('CodeSigningConfigArn').isSet()) return configured('CodeSigningConfigArn is set');
    return unconfigured('none');
  },
});
