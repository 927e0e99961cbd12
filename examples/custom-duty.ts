import { configured, defineDuty, needsAttestation, tagsOf, unconfigured, unknown } from 'cdk-shared-responsibility';

/**
 * An organization's own duty: every data store names the team that owns it, in an `owner` tag whose
 * value is a team of the organization. A store tagged `owner: shared` has its owners recorded
 * outside the template (in the CMDB), so someone attests to that record instead.
 *
 * Use it with `new SharedResponsibilityChecks({ customDuties: [dataStoreOwnerTag] })`, or from the CLI
 * with `cdk-shared-responsibility scan template.json --custom-duties ./custom-duty.js`.
 */

/** The tag, and the teams it may name (in a real pack, read from the team registry at build time). */
export const OWNER_TAG = 'owner';
export const TEAMS = ['data-platform', 'identity', 'payments'];
const SHARED = 'shared';

/** The data stores the policy covers, with the property their tags are in. */
const TAG_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::DynamoDB::Table': 'Tags',
  'AWS::EFS::FileSystem': 'FileSystemTags',
  'AWS::RDS::DBCluster': 'Tags',
  'AWS::RDS::DBInstance': 'Tags',
  'AWS::S3::Bucket': 'Tags',
};

export const dataStoreOwnerTag = defineDuty({
  id: 'acme-data-store-owner-tag',
  title: 'Data store names its owning team in an owner tag',
  category: 'configuration-and-vulnerability',
  resourceTypes: Object.keys(TAG_PROPERTY),
  awsSide: 'AWS stores the tags a resource is given and returns them to the tagging APIs; it gives them no meaning of its own.',
  customerSide:
    'Acme policy DS-4: every data store names the team that answers for its data, so an incident, an access review or a deletion request reaches someone.',
  attestable: true,
  severity: 'warning',
  remediation: {
    l2: "Tags.of(bucket).add('owner', 'payments')",
    l1: "Tags: [{ Key: 'owner', Value: 'payments' }] (FileSystemTags on an EFS file system)",
  },
  controls: { fsbp: [], nist: ['CM-8'] },
  sources: [
    'https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/overview.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-efs-filesystem-elasticfilesystemtag.html',
  ],
  messages: {
    missingTag: 'The data store has no {tag} tag.',
    unknownTeam: "The {tag} tag names '{value}', which is not an Acme team ({teams}).",
  },
  evaluate(ctx) {
    // A token in the tag list, or in a tag's key, makes tagsOf throw: the engine reports "unknown", naming it.
    const tags = tagsOf(ctx.props, TAG_PROPERTY[ctx.resource.type]);
    if (!tags.has(OWNER_TAG)) return unconfigured('missingTag', { tag: OWNER_TAG });
    const value = tags.get(OWNER_TAG);
    if (value === undefined) return unknown(`the value of the ${OWNER_TAG} tag is decided only at deploy`);
    if (value === SHARED) return needsAttestation(`a shared store: its owners are recorded in the CMDB, not in the template`);
    if (!TEAMS.includes(value)) return unconfigured('unknownTeam', { tag: OWNER_TAG, value, teams: TEAMS.join(', ') });
    return configured(`owned by ${value}`);
  },
});

/** What `scan --custom-duties` loads. */
export const duties = [dataStoreOwnerTag];
