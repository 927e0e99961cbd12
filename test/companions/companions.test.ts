import * as fs from 'fs';
import { Stack } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { FIXES_DOC_FILE, fixesDocument } from '../../lib/docs/fixes-doc';
import { catalog } from '../../rules';
import { COMPANIONS } from '../../rules/companions';
import { backupPlan } from '../../examples/companions/backup-plan';
import { encryptionKey } from '../../examples/companions/encryption-key';
import { logBucket } from '../../examples/companions/log-bucket';
import { logGroup } from '../../examples/companions/log-group';
import { webAcl } from '../../examples/companions/web-acl';
import { findings, type Form, shown } from './findings';

/**
 * Each resource a fix names, made as rules/companions makes it and used as the fixes use it: the
 * checks find no error and no warning on it (info findings are kept in the reports; none is an
 * attestation). `under` is the companion's own part of the stack: what uses it is not judged here.
 */
const USES: Record<string, { build: (stack: Stack) => void; region?: string; under: (path: string) => boolean }> = {
  'log-bucket': {
    // The target of a bucket's server access logs and of a load balancer's access logs.
    build: (stack) => {
      const logs = logBucket(stack);
      new s3.Bucket(stack, 'Data', { enforceSSL: true, versioned: true, serverAccessLogsBucket: logs, serverAccessLogsPrefix: 'data/' });
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
      new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc }).logAccessLogs(logs, 'alb');
    },
    under: (p) => p.startsWith('Companion/AccessLogs'),
  },
  'log-group': {
    build: (stack) => void logGroup(stack, 'Logs', encryptionKey(stack)),
    under: (p) => p.startsWith('Companion/Logs') || p.startsWith('Companion/DataKey'),
  },
  'web-acl': {
    build: (stack) => {
      const acl = webAcl(stack, 'WebAcl', 'REGIONAL', encryptionKey(stack));
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
      const lb = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc });
      new wafv2.CfnWebACLAssociation(stack, 'WebAclOnLb', { resourceArn: lb.loadBalancerArn, webAclArn: acl.attrArn });
    },
    under: (p) => p.startsWith('Companion/WebAcl') || p.startsWith('Companion/DataKey'),
  },
  'web-acl (CLOUDFRONT scope)': {
    build: (stack) => void webAcl(stack, 'WebAcl', 'CLOUDFRONT'),
    region: 'us-east-1',
    under: (p) => p.startsWith('Companion/WebAcl'),
  },
  'backup-plan': {
    build: (stack) => {
      const plan = backupPlan(stack, 'BackupPlan', encryptionKey(stack));
      plan.addSelection('Volumes', { resources: [backup.BackupResource.fromTag('backup', 'daily')] });
    },
    under: (p) => p.startsWith('Companion/BackupPlan') || p.startsWith('Companion/DataKey'),
  },
  'encryption-key': {
    build: (stack) => void encryptionKey(stack),
    under: (p) => p.startsWith('Companion/DataKey'),
  },
};

describe.each<Form>(['aspect', 'plugin'])('the resources fixes name, checked by the %s', (form) => {
  it.each(Object.keys(USES))('%s has no error and no warning of its own', (name) => {
    const use = USES[name];
    const { found, evaluated } = findings(
      (app) => use.build(new Stack(app, 'Companion', { env: { region: use.region ?? 'eu-west-1' } })),
      form,
    );
    expect(evaluated.filter(use.under).length).toBeGreaterThan(0);
    expect(shown(found, use.under)).toEqual([]);
    // Whatever remains at info is advice in the reports; none asks for an attestation.
    expect(found.filter((f) => use.under(f.path) && f.outcome === 'needs-attestation')).toEqual([]);
  });
});

describe('the companions', () => {
  it('each is used by a test above', () => {
    for (const c of COMPANIONS) expect(Object.keys(USES)).toContain(c.id);
  });
});

describe('the companions in the catalog and the docs', () => {
  const OWN_TYPES: Record<string, string> = {
    'log-bucket': 'AWS::S3::Bucket',
    'log-group': 'AWS::Logs::LogGroup',
    'web-acl': 'AWS::WAFv2::WebACL',
    'encryption-key': 'AWS::KMS::Key',
    'backup-plan': 'AWS::Backup::BackupPlan',
  };

  // WHAT: CloudFront's fix names its own `logBucket` prop. WHY: legacy standard logging writes with
  // ACLs, which the log-bucket companion disables; CloudFront's logs go to a bucket of their own.
  const NOT_A_COMPANION = new Set(['cloudfront-distribution-access-logging']);

  it('names the companion on every duty whose L2 fix uses it as a value', () => {
    const missing: string[] = [];
    for (const duty of catalog) {
      for (const c of COMPANIONS) {
        if (duty.resourceTypes.includes(OWN_TYPES[c.id]) || NOT_A_COMPANION.has(duty.id)) continue;
        // The name as a value (`: logBucket`, `(key)`, `webAcl.attrArn`), not as a property key.
        const used = new RegExp(`[:(,] ?${c.name}\\b(?!:)`).test(duty.remediation.l2 ?? '');
        if (used && !duty.remediation.companions?.includes(c.id)) missing.push(`${duty.id} uses ${c.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('maps only duties of the catalog', () => {
    const ids = new Set(catalog.map((d) => d.id));
    expect(COMPANIONS.flatMap((c) => c.duties).filter((d) => !ids.has(d))).toEqual([]);
  });

  it('keeps docs/fixes.md generated from examples/companions (run `npm run docs`)', () => {
    expect(fs.readFileSync(FIXES_DOC_FILE, 'utf8')).toBe(fixesDocument());
  });
});
