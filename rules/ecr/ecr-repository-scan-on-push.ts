import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

function wildcardMatches(filter: string, name: string): boolean {
  const pattern = filter.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${pattern}$`).test(name);
}

type RegistryCoverage = { kind: 'covered'; by: string } | { kind: 'not-covered' } | { kind: 'unknown'; reason: string };

/**
 * Whether an AWS::ECR::RegistryScanningConfiguration in the app scans this repository on push or
 * continuously (enhanced scanning, or basic scan on push, through a rule whose WILDCARD filter
 * matches the repository name).
 */
function registryCoverage(ctx: EvaluationContext): RegistryCoverage {
  const name = ctx.props.at('RepositoryName').str();
  for (const config of ctx.index.ofType('AWS::ECR::RegistryScanningConfiguration')) {
    const props = ctx.propsOf(config);
    for (const rule of props.at('Rules').list() ?? []) {
      const frequency = (rule.at('ScanFrequency').str() ?? '').toUpperCase();
      if (frequency !== 'SCAN_ON_PUSH' && frequency !== 'CONTINUOUS_SCAN') continue;
      for (const filter of rule.at('RepositoryFilters').list() ?? []) {
        const text = filter.at('Filter').str() ?? '';
        if (text === '*') return { kind: 'covered', by: `${config.logicalId} (${props.at('ScanType').str()} ${frequency})` };
        if (name === undefined) {
          return {
            kind: 'unknown',
            reason: `registry scanning configuration ${config.logicalId} filters repositories by '${text}', and this repository's name is generated at deploy`,
          };
        }
        if (wildcardMatches(text, name)) return { kind: 'covered', by: `${config.logicalId} (${props.at('ScanType').str()} ${frequency})` };
      }
    }
  }
  return { kind: 'not-covered' };
}

export default defineDuty({
  id: 'ecr-repository-scan-on-push',
  title: 'ECR repository scans images for vulnerabilities',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ECR::Repository'],
  awsSide:
    'AWS offers basic scanning (CVE database) and enhanced scanning with Amazon Inspector; ScanOnPush defaults to false and no registry scanning rule exists unless the customer creates one, so images are scanned only when a scan is started manually.',
  customerSide:
    "The images are the customer's: turning on scan on push or continuous scanning, and acting on the findings, is how vulnerable packages are caught before and after deployment.",
  severity: 'warning',
  remediation: {
    l2: 'new ecr.Repository(this, id, { imageScanOnPush: true }) (or an ecr.CfnRegistryScanningConfiguration with ScanType ENHANCED)',
    l1: 'ImageScanningConfiguration: { ScanOnPush: true }, or AWS::ECR::RegistryScanningConfiguration with a rule matching the repository',
  },
  controls: { fsbp: ['ECR.1'], nist: ['RA-5'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-imagescanningconfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-registryscanningconfiguration.html',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  ],
  messages: {
    noScan:
      'ImageScanningConfiguration.ScanOnPush is not true and no registry scanning configuration in this app covers the repository (one configured outside the app would also satisfy this).',
  },
  evaluate(ctx) {
    if (ctx.props.at('ImageScanningConfiguration').at('ScanOnPush').bool() === true) return configured('ScanOnPush is true');
    const coverage = registryCoverage(ctx);
    if (coverage.kind === 'covered') return configured(`scanned by registry scanning configuration ${coverage.by}`);
    if (coverage.kind === 'unknown') return unknown(coverage.reason);
    return unconfigured('noScan');
  },
});
