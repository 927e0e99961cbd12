import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'codebuild-project-no-privileged-mode',
  title: 'CodeBuild project does not run builds in privileged mode',
  category: 'identity-and-access',
  resourceTypes: ['AWS::CodeBuild::Project'],
  awsSide: 'AWS CodeBuild runs each build in an isolated container; PrivilegedMode defaults to false.',
  customerSide:
    "Privileged mode gives the build container access to all devices and a Docker daemon; it is needed only to build Docker images, and turning it on is the customer's decision to justify (acknowledge this duty for image-building projects).",
  severity: 'warning',
  remediation: {
    l2: 'new codebuild.Project(this, id, { environment: { buildImage, privileged: false } })',
    l1: 'Environment.PrivilegedMode: false (or omit it)',
  },
  controls: { fsbp: ['CodeBuild.5'], nist: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-5',
    'https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-environment-privileged-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-environment.html#cfn-codebuild-project-environment-privilegedmode',
  ],
  messages: {
    privileged: 'Environment.PrivilegedMode is true, so builds run with access to all devices and a Docker daemon.',
  },
  evaluate(ctx) {
    if (ctx.props.at('Environment').at('PrivilegedMode').bool() === true) return unconfigured('privileged');
    return configured('PrivilegedMode is false or unset');
  },
});
