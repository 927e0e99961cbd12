import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { SharedResponsibilityChecks } from '../../lib';
import { ACKNOWLEDGE_CALL } from '../../lib/private/annotate';
import { compactCalls, whatIsWrong } from '../../lib/report/finding-text';
import { dutiesDoc } from '../../lib/private/version';
import { readResults } from '../adversarial/support';

const TLS = 's3-bucket-require-tls';
const REDIRECT = 'elbv2-listener-http-redirect';
const ACCESS_LOGS = 'elbv2-load-balancer-access-logs';
const ENV = { account: '111111111111', region: 'eu-west-1' };

interface Line {
  readonly path: string;
  readonly level: string;
  readonly text: string;
}

/** Synthesizes with the aspect and returns the console lines (annotations) and the results. */
function synth(build: (app: App) => void): { lines: Line[]; results: ReturnType<typeof readResults> } {
  const app = new App();
  build(app);
  Aspects.of(app).add(new SharedResponsibilityChecks());
  try {
    app.synth();
  } catch {
    // An error finding fails synth after the assembly and results are written.
  }
  const lines: Line[] = [];
  for (const stack of new CloudAssembly(app.outdir).stacksRecursively) {
    for (const m of stack.messages) lines.push({ path: m.id, level: m.level, text: String(m.entry.data) });
  }
  return { lines, results: readResults(app.outdir) };
}

const linesOf = (lines: Line[], dutyId: string) => lines.filter((l) => l.text.startsWith(`[${dutyId}]`));

function fargateService(stack: Stack, props: Partial<ecsPatterns.ApplicationLoadBalancedFargateServiceProps> = {}) {
  return new ecsPatterns.ApplicationLoadBalancedFargateService(stack, 'Web', {
    vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 }),
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1.27') },
    ...props,
  });
}

describe('console lines', () => {
  it('say the duty id, what is wrong and the fix in one short line, without the why or the controls', () => {
    const { lines } = synth((app) => new s3.Bucket(new Stack(app, 'S'), 'B'));
    const [tls] = linesOf(lines, TLS);
    expect(tls).toEqual({
      path: '/S/B',
      level: 'error',
      text: `[${TLS}] The bucket has no bucket policy. Fix: s3.Bucket { enforceSSL: true }. (Annotation::${TLS})`,
    });
    for (const l of lines) expect(l.text).not.toMatch(/Controls:|NIST|customer's/);
  });

  it('end with one summary line: counts by level, where the report is, and the call that waives', () => {
    const { lines, results } = synth((app) => new s3.Bucket(new Stack(app, 'S'), 'B'));
    const summary = lines.filter((l) => l.text.startsWith('SharedResponsibility:'));
    expect(summary).toHaveLength(1);
    const findings = results.resources.flatMap((r) => r.duties).filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown');
    const count = (s: string) => findings.filter((d) => d.severity === s).length;
    expect(summary[0].text).toContain(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info.`);
    expect(summary[0].text).toMatch(/shared-responsibility\.results\.json/);
    expect(summary[0].text).toContain(ACKNOWLEDGE_CALL);
  });

  it.each([TLS, `Annotation::${TLS}`])(
    "name the id CDK's report offers to acknowledge, which waives the finding through Validations.acknowledge (%s)",
    (id) => {
      const { lines } = synth((app) => new s3.Bucket(new Stack(app, 'S'), 'B'));
      // CDK's validation report takes the id to acknowledge from the trailing `(Namespace::id)`.
      expect(linesOf(lines, TLS)[0].text).toMatch(new RegExp(`\\(Annotation::${TLS}\\)$`));
      const waived = synth((app) =>
        Validations.of(new s3.Bucket(new Stack(app, 'S'), 'B')).acknowledge({ id, reason: 'TLS-only endpoint' }),
      );
      expect(linesOf(waived.lines, TLS)).toEqual([]);
      expect(waived.results.resources.find((r) => r.path === 'S/B')?.duties.find((d) => d.dutyId === TLS)?.outcome).toBe('waived');
    },
  );

  it('name no [ack: ...] hint, which would invite Annotations.acknowledgeWarning: it hides the line but waives nothing', () => {
    const { lines } = synth((app) => new s3.Bucket(new Stack(app, 'S'), 'B', { enforceSSL: true }));
    expect(lines.filter((l) => l.text.includes('[ack:'))).toEqual([]);
  });

  it('name an acknowledgement call that really waives the finding', () => {
    // The call as the summary line names it, with the duty id of a console line filled in.
    const call = ACKNOWLEDGE_CALL.match(/^Validations\.of\(construct\)\.acknowledge\(\{ id: '<duty id>', reason: '\.\.\.' \}\)$/);
    expect(call).not.toBeNull();
    const { lines, results } = synth((app) => {
      const bucket = new s3.Bucket(new Stack(app, 'S'), 'B');
      Validations.of(bucket).acknowledge({ id: TLS, reason: 'only reached through a TLS-only VPC endpoint' });
    });
    expect(linesOf(lines, TLS)).toEqual([]);
    expect(results.resources.find((r) => r.path === 'S/B')?.duties.find((d) => d.dutyId === TLS)?.outcome).toBe('waived');
  });

  it('give the fix once per duty and stack, so one duty on many resources does not bury the rest', () => {
    const { lines, results } = synth((app) => {
      const stack = new Stack(app, 'S');
      for (let i = 0; i < 6; i++) new s3.Bucket(stack, `B${i}`, { enforceSSL: true });
      new s3.Bucket(stack, 'Open');
    });
    const repeated = linesOf(lines, 's3-bucket-versioning');
    expect(repeated).toHaveLength(7);
    expect(repeated.filter((l) => l.text.includes('Fix:'))).toHaveLength(1);
    // Every resource keeps its own line (so each still fails synth and can be acknowledged where it is) and its result.
    expect(new Set(repeated.map((l) => l.path)).size).toBe(7);
    expect(
      results.resources.filter((r) => r.duties.some((d) => d.dutyId === 's3-bucket-versioning' && d.outcome === 'unconfigured')),
    ).toHaveLength(7);
    expect(linesOf(lines, TLS)).toEqual([expect.objectContaining({ path: '/S/Open', level: 'error' })]);
  });

  it('keep what is wrong to its first clause', () => {
    expect(whatIsWrong('MultiAZ is not set, so the DB instance runs in a single Availability Zone.')).toBe('MultiAZ is not set.');
    expect(whatIsWrong('The rule (TCP 22 from 0.0.0.0/0) opens port 22; 1 more rule(s) do the same.')).toBe(
      'The rule (TCP 22 from 0.0.0.0/0) opens port 22.',
    );
    expect(whatIsWrong('Uses e.g. ObjectWriter. More.')).toBe('Uses e.g. ObjectWriter.');
  });

  it('give an L2 fix as the props to set, and keep a fix that adds an L1 resource as code', () => {
    expect(compactCalls('new s3.Bucket(this, id, { enforceSSL: true })')).toBe('s3.Bucket { enforceSSL: true }');
    expect(compactCalls("new rds.DatabaseInstance(this, id, { engine, vpc, parameters: { 'rds.force_ssl': '1' } })")).toBe(
      "rds.DatabaseInstance { parameters: { 'rds.force_ssl': '1' } }",
    );
    expect(compactCalls('new ec2.Instance(this, id, { ..., requireImdsv2: true })')).toBe('ec2.Instance { requireImdsv2: true }');
    const l1 = 'new wafv2.CfnWebACLAssociation(this, id, { resourceArn: alb.loadBalancerArn, webAclArn: webAcl.attrArn })';
    expect(compactCalls(l1)).toBe(l1);
    expect(compactCalls('new kms.Key(this, id) with key.grantEncryptDecrypt(principal)')).toBe(
      'new kms.Key(this, id) with key.grantEncryptDecrypt(principal)',
    );
  });
});

describe('fixes that work where they are applied', () => {
  it("fix an L3 pattern's listener through the pattern's own props, and that fix clears the finding", () => {
    const { lines } = synth((app) => fargateService(new Stack(app, 'S', { env: ENV })));
    const [redirect] = linesOf(lines, REDIRECT);
    expect(redirect.text).toContain(
      'ecsPatterns.ApplicationLoadBalancedFargateService { protocol: elbv2.ApplicationProtocol.HTTPS, redirectHTTP: true, certificate',
    );
    expect(redirect.text).not.toContain('addRedirect');

    const fixed = synth((app) => {
      const stack = new Stack(app, 'S', { env: ENV });
      fargateService(stack, {
        protocol: elbv2.ApplicationProtocol.HTTPS,
        redirectHTTP: true,
        certificate: acm.Certificate.fromCertificateArn(
          stack,
          'Cert',
          `arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-0000-0000-000000000000`,
        ),
      });
    });
    expect(linesOf(fixed.lines, REDIRECT)).toEqual([]);
  });

  it("fix a pattern's load balancer attributes through service.loadBalancer, and that fix clears the finding", () => {
    const { lines } = synth((app) => fargateService(new Stack(app, 'S', { env: ENV })));
    const [headers] = linesOf(lines, 'elbv2-alb-drop-invalid-headers');
    expect(headers.text).toContain("service.loadBalancer.setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true')");
    const fixed = synth((app) => {
      const service = fargateService(new Stack(app, 'S', { env: ENV }));
      service.loadBalancer.setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true');
    });
    expect(linesOf(fixed.lines, 'elbv2-alb-drop-invalid-headers')).toEqual([]);
  });

  it('say what logAccessLogs needs in an environment-agnostic stack, where calling it throws', () => {
    const { lines } = synth(
      (app) => new elbv2.ApplicationLoadBalancer(new Stack(app, 'S'), 'Lb', { vpc: new ec2.Vpc(app.node.findChild('S') as Stack, 'Vpc') }),
    );
    expect(linesOf(lines, ACCESS_LOGS)[0].text).toMatch(/env: \{ region \}.*then alb\.logAccessLogs\(logBucket/);
    // The claim the line makes: without a Region the call throws at synth.
    const app = new App();
    const stack = new Stack(app, 'S');
    const lb = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc: new ec2.Vpc(stack, 'Vpc') });
    expect(() => lb.logAccessLogs(new s3.Bucket(stack, 'Logs'))).toThrow(/Region is required/);
  });

  it('give the plain fix where the stack has a Region', () => {
    const { lines } = synth((app) => {
      const stack = new Stack(app, 'S', { env: ENV });
      new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc: new ec2.Vpc(stack, 'Vpc') });
    });
    expect(linesOf(lines, ACCESS_LOGS)[0].text).toMatch(
      /Fix: alb\.logAccessLogs\(logBucket, .alb.\) \(logBucket: docs\/fixes\.md#log-bucket\)\. \(Annotation::/,
    );
  });
});

describe('messages that point to the list of duties', () => {
  it('point to docs/duties.md, which exists, by absolute URL when package.json names a GitHub repository', () => {
    expect(() => new SharedResponsibilityChecks({ severityOverrides: { 'no-such-duty': 'info' } })).toThrow(/docs\/duties\.md/);
    expect(fs.existsSync(path.resolve(__dirname, '../../docs/duties.md'))).toBe(true);
    expect(dutiesDoc({ url: 'git+https://github.com/acme/cdk-shared-responsibility.git' })).toBe(
      'https://github.com/acme/cdk-shared-responsibility/blob/main/docs/duties.md',
    );
    expect(dutiesDoc('github:acme/x')).toMatch(/docs\/duties\.md/);
    expect(dutiesDoc(undefined)).toMatch(/^docs\/duties\.md /);
  });
});
