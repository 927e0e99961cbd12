import type { EvaluationContext } from '../../lib/model/context';
import { flatten } from '../../lib/model/evidence/ssm';
import type { ResourceRecord } from '../../lib/model/resource';
import { internetCoveredBy } from '../../lib/model/cidr';
import { UnexpectedValue, UnresolvedValue, type Value } from '../../lib/model/value';

/**
 * Readers shared by the EC2 duties (and the Auto Scaling duties, which launch EC2 instances):
 * launch templates named by a launch template specification, EBS block device mappings, security
 * group rules (inline and separate rule resources read by one parser), and subnets.
 */

export const LAUNCH_TEMPLATE = 'AWS::EC2::LaunchTemplate';
export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';

function show(value: Value): string {
  return typeof value.raw === 'string' ? `'${value.raw}'` : JSON.stringify(value.raw);
}

// ---------------------------------------------------------------------------------------------
// Launch templates
// ---------------------------------------------------------------------------------------------

/**
 * The AWS::EC2::LaunchTemplate a launch template specification (`{LaunchTemplateId |
 * LaunchTemplateName, Version}`) names: by a Ref to the template, by a GetAtt on it (CDK's
 * `Version: {Fn::GetAtt: [LT, LatestVersionNumber]}`), or by a literal `LaunchTemplateName` that
 * a template of the same stack declares. `undefined` when the specification is absent; a template
 * that is not defined in the app cannot be read, so the read throws (unknown).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-launchtemplatespecification.html
 */
export function launchTemplateOf(ctx: EvaluationContext, spec: Value): ResourceRecord | undefined {
  if (spec.raw === undefined || spec.raw === null) return undefined;
  for (const key of ['LaunchTemplateId', 'LaunchTemplateName', 'Version']) {
    const v = spec.at(key);
    if (v.raw === undefined) continue;
    const t = ctx.target(v);
    if (t && t.type === LAUNCH_TEMPLATE) return t;
  }
  const name = spec.at('LaunchTemplateName');
  if (typeof name.raw === 'string') {
    const byName = ctx.index
      .ofType(LAUNCH_TEMPLATE)
      .find((lt) => lt.stackPath === ctx.resource.stackPath && ctx.propsOf(lt).at('LaunchTemplateName').raw === name.raw);
    if (byName) return byName;
  }
  const named = spec.at('LaunchTemplateId').raw !== undefined ? spec.at('LaunchTemplateId') : name;
  throw new UnresolvedValue(named.path || spec.path, `the launch template ${show(named)}, which is not defined in this app`);
}

/** The launch template data of a launch template record. */
export function launchTemplateData(ctx: EvaluationContext, lt: ResourceRecord): Value {
  return ctx.propsOf(lt).at('LaunchTemplateData');
}

/** The tags a launch template applies to the instances it launches (`TagSpecifications` with `ResourceType: instance`). */
export function launchTemplateInstanceTags(ctx: EvaluationContext, lt: ResourceRecord): Map<string, string | undefined> {
  const tags = new Map<string, string | undefined>();
  for (const spec of launchTemplateData(ctx, lt).at('TagSpecifications').list() ?? []) {
    if (spec.at('ResourceType').str() !== 'instance') continue;
    for (const tag of spec.at('Tags').list() ?? []) {
      const key = tag.at('Key').str();
      if (key === undefined) continue;
      const value = tag.at('Value');
      tags.set(key, value.isToken ? undefined : value.str());
    }
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// EBS block device mappings
// ---------------------------------------------------------------------------------------------

export type EbsMappings =
  | { readonly kind: 'none' }
  | { readonly kind: 'encrypted'; readonly count: number }
  | { readonly kind: 'unencrypted'; readonly device: string; readonly value: string };

/**
 * The encryption of the EBS volumes a `BlockDeviceMappings` list creates (instance, launch
 * template, launch configuration and Spot Fleet mappings share the shape `{DeviceName, Ebs:
 * {Encrypted, SnapshotId}}`). Instance store (`VirtualName`) and suppressed (`NoDevice`) entries
 * create no EBS volume. `Encrypted` absent leaves a new volume unencrypted unless EBS encryption by
 * default is on in the account; on a volume restored from `SnapshotId` it follows the snapshot,
 * which cannot be read at synth (unknown).
 * https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
 */
export function ebsMappings(mappings: Value): EbsMappings {
  const list = mappings.list();
  let count = 0;
  for (const m of list ?? []) {
    const ebs = m.at('Ebs');
    if (ebs.raw === undefined || ebs.raw === null) continue;
    const device = m.at('DeviceName').isToken ? 'a device' : (m.at('DeviceName').str() ?? 'a device');
    const encrypted = ebs.at('Encrypted').bool();
    if (encrypted === true) {
      count++;
      continue;
    }
    if (encrypted === undefined && ebs.at('SnapshotId').raw !== undefined) {
      throw new UnresolvedValue(
        ebs.at('SnapshotId').path,
        `a volume restored from snapshot ${show(ebs.at('SnapshotId'))}, whose encryption follows the snapshot and cannot be read at synth`,
      );
    }
    return { kind: 'unencrypted', device, value: encrypted === false ? 'false' : 'not set' };
  }
  return count === 0 ? { kind: 'none' } : { kind: 'encrypted', count };
}

// ---------------------------------------------------------------------------------------------
// Subnets
// ---------------------------------------------------------------------------------------------

/**
 * Whether the subnet a `SubnetId` value names assigns public IPv4 addresses at launch
 * (`MapPublicIpOnLaunch`, default false). A subnet not defined in the app cannot be read (unknown).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html
 */
export function subnetMapsPublicIp(ctx: EvaluationContext, subnet: Value): { readonly subnet: string; readonly maps: boolean } {
  const record = ctx.target(subnet);
  if (!record || record.type !== 'AWS::EC2::Subnet') {
    throw new UnresolvedValue(subnet.path, `the subnet ${show(subnet)}, which is not defined in this app`);
  }
  return { subnet: record.logicalId, maps: ctx.propsOf(record).at('MapPublicIpOnLaunch').bool() === true };
}

// ---------------------------------------------------------------------------------------------
// Security group rules
// ---------------------------------------------------------------------------------------------

export interface Rule {
  /** The rule's properties: an inline rule, or a separate rule resource's properties. */
  readonly value: Value;
  /** Where the rule is declared: `SecurityGroupIngress[0]` or the logical id of a rule resource. */
  readonly origin: string;
}

export type Rules =
  | {
      readonly kind: 'rules';
      readonly rules: readonly Rule[];
      /**
       * Makes the duty unknown when a separate rule resource that may belong to the group (its
       * GroupId is an Fn::If or a parameter) passes `offends`: call it before a verdict that rule could change.
       */
      readonly settle: (offends: (rule: Rule) => boolean) => void;
    }
  | { readonly kind: 'evaluated-on-group'; readonly group: string };

const RULE_TYPES = { ingress: 'AWS::EC2::SecurityGroupIngress', egress: 'AWS::EC2::SecurityGroupEgress' } as const;
const INLINE = { ingress: 'SecurityGroupIngress', egress: 'SecurityGroupEgress' } as const;

/**
 * The rules of one direction that apply to the resource being evaluated. On a security group:
 * its inline rules plus every separate AWS::EC2::SecurityGroupIngress/Egress resource of the app
 * whose `GroupId` (or `GroupName`) names it. On a separate rule resource: the rule itself, unless
 * it belongs to a security group of the app, where it is evaluated with the group (so each rule
 * is judged once, on the group the finding belongs to).
 */
export function rulesOf(ctx: EvaluationContext, direction: 'ingress' | 'egress'): Rules {
  const type = RULE_TYPES[direction];
  if (ctx.resource.type === type) {
    const group = ctx.linked('GroupId', SECURITY_GROUP)?.[0] ?? ctx.linked('GroupName', SECURITY_GROUP)?.[0];
    if (group) return { kind: 'evaluated-on-group', group: group.logicalId };
    return { kind: 'rules', rules: [{ value: ctx.props, origin: ctx.resource.logicalId }], settle: () => undefined };
  }
  const inline = (ctx.props.at(INLINE[direction]).list() ?? []).map((value, i) => ({ value, origin: `${INLINE[direction]}[${i}]` }));
  const attached = ctx.attachments(type, 'GroupId').concat(ctx.attachments(type, 'GroupName'));
  const separate = [...new Set(attached.sure)].map((r) => ({ value: ctx.propsOf(r), origin: r.logicalId }));
  const settle = (offends: (rule: Rule) => boolean) => attached.settle((r) => offends({ value: ctx.propsOf(r), origin: r.logicalId }));
  return { kind: 'rules', rules: [...inline, ...separate], settle };
}

export type Protocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6';

/** One rule that opens traffic to or from the whole internet (`0.0.0.0/0` or `::/0`). */
export interface WorldRule {
  readonly protocol: Protocol;
  /** Port range for tcp/udp; 0-65535 for all traffic; the ICMP type range for icmp. */
  readonly from: number;
  readonly to: number;
  readonly cidr: string;
  readonly origin: string;
}

const PROTOCOLS: Record<string, Protocol> = {
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmpv6',
  '58': 'icmpv6',
};

/** Resource types whose CidrBlock attribute can never be a /0 (VPC and subnet CIDRs are /16 to /28). */
const NON_WORLD_CIDR_SOURCES = new Set(['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::VPCCidrBlock']);

/** Whether a CIDR value is the whole internet. A Ref/GetAtt to a VPC or subnet CIDR is not; other tokens are unknown. */
function isWorld(ctx: EvaluationContext, cidr: Value): string | undefined {
  if (cidr.raw === undefined || cidr.raw === null) return undefined;
  const source = ctx.target(cidr);
  if (source && NON_WORLD_CIDR_SOURCES.has(source.type)) return undefined;
  const text = cidr.str()!.trim();
  return /\/0$/.test(text) ? text : undefined;
}

/**
 * The protocol and port range a rule opens. Protocol `-1`, or a protocol number other than tcp,
 * udp, icmp and icmpv6, opens every port whatever port range is given. EC2 requires both FromPort
 * and ToPort for TCP and UDP ("you must specify a port range"), so such a rule without them is not
 * created as written: that is reported, not read as a range.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-securitygroup-ingress.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html
 */
function portsOf(rule: Rule): { protocol: Protocol; from: number; to: number } {
  const raw = (rule.value.at('IpProtocol').str() ?? '-1').toLowerCase();
  const protocol = PROTOCOLS[raw] ?? 'all';
  if (protocol === 'all') return { protocol, from: 0, to: 65535 };
  const from = rule.value.at('FromPort').num();
  const to = rule.value.at('ToPort').num();
  if (protocol === 'tcp' || protocol === 'udp') {
    for (const [name, port] of [
      ['FromPort', from],
      ['ToPort', to],
    ] as const) {
      if (port === undefined)
        throw new UnexpectedValue(rule.value.at(name).path, 'a port number (EC2 requires FromPort and ToPort for TCP and UDP rules)', port);
    }
    const lo = from! < 0 ? 0 : from!;
    const hi = to! < 0 ? 65535 : to!;
    return { protocol, from: lo, to: hi };
  }
  return { protocol, from: from ?? -1, to: to ?? -1 };
}

/** The rule as world-open traffic, or undefined when its peer is not the whole internet (a narrower CIDR, a security group, a prefix list). */
export function worldRule(ctx: EvaluationContext, rule: Rule): WorldRule | undefined {
  const cidr = isWorld(ctx, rule.value.at('CidrIp')) ?? isWorld(ctx, rule.value.at('CidrIpv6'));
  if (cidr === undefined) return undefined;
  return { ...portsOf(rule), cidr, origin: rule.origin };
}

/**
 * Rules that open the internet only together: literal CIDRs narrower than /0 whose union, on some
 * TCP or UDP port range, is every IPv4 or every IPv6 address (`0.0.0.0/1` plus `128.0.0.0/1`).
 * Each is returned as one world-open rule over the widest port range they share.
 */
export function unionWorldRules(ctx: EvaluationContext, rules: readonly Rule[]): WorldRule[] {
  const parsed: Array<{ protocol: Protocol; from: number; to: number; cidr: string; origin: string }> = [];
  for (const rule of rules) {
    for (const key of ['CidrIp', 'CidrIpv6']) {
      const value = rule.value.at(key);
      if (value.isToken || isWorld(ctx, value) !== undefined) continue;
      const cidr = value.str();
      if (cidr !== undefined) parsed.push({ ...portsOf(rule), cidr: cidr.trim(), origin: rule.origin });
    }
  }
  const out: WorldRule[] = [];
  for (const protocol of ['tcp', 'udp'] as const) {
    const relevant = parsed.filter((p) => p.protocol === protocol || p.protocol === 'all');
    if (relevant.length < 2) continue;
    const cuts = [...new Set([0, 65536, ...relevant.flatMap((p) => [p.from, p.to + 1])])].sort((x, y) => x - y);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [lo, hi] = [cuts[i], cuts[i + 1] - 1];
      const covering = relevant.filter((p) => p.from <= lo && hi <= p.to);
      const world = internetCoveredBy(covering.map((c) => c.cidr));
      if (!world) continue;
      const last = out[out.length - 1];
      const origin = [...new Set(covering.map((c) => c.origin))].join(' + ');
      const cidr = `${covering.map((c) => c.cidr).join(' + ')}, together ${world}`;
      if (last && last.protocol === protocol && last.to + 1 === lo && last.origin === origin) out[out.length - 1] = { ...last, to: hi };
      else out.push({ protocol, from: lo, to: hi, cidr, origin });
    }
  }
  return out;
}

/** How a world-open rule reads in a message: `SecurityGroupIngress[0] (TCP 22 from 0.0.0.0/0)`. */
export function describeRule(r: WorldRule, direction: 'from' | 'to' = 'from'): string {
  const ports =
    r.protocol === 'all'
      ? 'all traffic'
      : r.protocol === 'icmp' || r.protocol === 'icmpv6'
        ? r.protocol.toUpperCase()
        : `${r.protocol.toUpperCase()} ${r.from === r.to ? r.from : `${r.from}-${r.to}`}`;
  return `${r.origin} (${ports} ${direction} ${r.cidr})`;
}

/** Whether a world-open rule reaches a port (any port for all traffic; tcp/udp ranges only). */
export function reachesPort(r: WorldRule, port: number): boolean {
  if (r.protocol === 'all') return true;
  if (r.protocol !== 'tcp' && r.protocol !== 'udp') return false;
  return r.from <= port && port <= r.to;
}

// ---------------------------------------------------------------------------------------------
// Systems Manager management evidence
// ---------------------------------------------------------------------------------------------

/**
 * Management evidence shared by the instance and Auto Scaling group duties: Default Host
 * Management Configuration (account and Region level, so any in the app counts), and the
 * instance profile named on an instance, a launch configuration or in launch template data.
 */

export const DHMC_TYPE = 'AWS::SSM::DefaultHostManagementConfiguration';
export const DHMC_SOURCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-defaulthostmanagementconfiguration.html';

/** The AWS::SSM::DefaultHostManagementConfiguration of the app, if any. */
export function defaultHostManagement(ctx: EvaluationContext): ResourceRecord | undefined {
  return ctx.index.ofType(DHMC_TYPE)[0];
}

/** The instance profile a launch template's data names (`IamInstanceProfile.Arn` or `.Name`). */
export function launchTemplateProfile(ctx: EvaluationContext, lt: ResourceRecord): Value {
  const p = launchTemplateData(ctx, lt).at('IamInstanceProfile');
  return p.at('Arn').raw !== undefined ? p.at('Arn') : p.at('Name');
}

// ---------------------------------------------------------------------------------------------
// VPC endpoints
// ---------------------------------------------------------------------------------------------

/**
 * The VPC endpoints of the app in the VPC being evaluated whose ServiceName is
 * `com.amazonaws.<region>.<service>` (a literal, or CDK's Fn::Join with the AWS::Region pseudo
 * parameter). When none matches, an endpoint whose ServiceName is another token cannot be read
 * (unknown).
 */
export function endpointsFor(ctx: EvaluationContext, service: string): ResourceRecord[] {
  const found: ResourceRecord[] = [];
  const unreadable = [];
  const endpoints = ctx.attachments('AWS::EC2::VPCEndpoint', 'VpcId');
  for (const ep of endpoints.sure) {
    const name = ctx.propsOf(ep).at('ServiceName');
    const text = flatten(name.raw);
    if (text === '') {
      unreadable.push(name);
      continue;
    }
    const parts = text.split('.');
    if (parts.length === 4 && parts[0] === 'com' && parts[1] === 'amazonaws' && parts[3] === service) found.push(ep);
  }
  if (found.length === 0) for (const name of unreadable) name.str(); // throws for a token: unknown
  if (found.length === 0) endpoints.settle(); // an endpoint that may be in this VPC (an Fn::If, a parameter): unknown
  return found;
}

const AL2023_SSM_PATH = /\/aws\/service\/ami-amazon-linux-latest\/al2023-/;
/** How CDK names the parameter `MachineImage.latestAmazonLinux2023()` renders: the SSM path with its punctuation removed. */
const AL2023_CDK_PARAMETER = /^SsmParameterValueawsserviceamiamazonlinuxlatestal2023/;

/**
 * Whether an ImageId is the latest Amazon Linux 2023 AMI, named by its public SSM parameter: as a
 * `{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-...}}` dynamic reference, or as the
 * parameter CDK's `MachineImage.latestAmazonLinux2023()` declares (the template's parameter defaults are
 * not part of the checked resources, so CDK's name for it, derived from the path, is what is read).
 */
export function isAl2023Image(image: Value): boolean {
  const raw = image.raw;
  if (typeof raw === 'string') return raw.includes('{{resolve:ssm:') && AL2023_SSM_PATH.test(raw);
  const ref = image.intrinsic?.Ref;
  return typeof ref === 'string' && AL2023_CDK_PARAMETER.test(ref);
}

/** Why IMDSv2 is undecided when HttpTokens is unset on an AL2023 image: the three IMDS duties say it alike. */
export const AL2023_IMDS_UNDECIDED =
  'MetadataOptions.HttpTokens is not set and the image is Amazon Linux 2023, whose AMIs are registered with ImdsSupport v2.0: EC2 then defaults HttpTokens to required unless the account-level IMDS default (not visible at synth) says otherwise; set HttpTokens: required to decide it in code';
