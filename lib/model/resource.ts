/** Where the user's code created a construct, from CDK's `aws:cdk:creationStack` metadata. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One CloudFormation resource as CloudFormation will see it, with the construct that owns it. */
export interface ResourceRecord {
  /** Unique key of the template the resource is in (the stack's construct path). */
  readonly stackPath: string;
  /** The 12-digit account of the stack's env, when the app names one (not for environment-agnostic stacks). */
  readonly stackAccount?: string;
  /** The template file name of the stack, when known. */
  readonly templateFile?: string;
  readonly logicalId: string;
  readonly type: string;
  /** The resource's `Properties`, resolved, overrides applied. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** The whole resource entry (`DeletionPolicy`, `Condition`, `Metadata`, ...). */
  readonly entry: Readonly<Record<string, unknown>>;
  /** Path of the construct that owns the resource: the L2 whose default child it is, else the L1. */
  readonly ownerPath: string;
  /** Path of the CloudFormation resource construct itself. */
  readonly cfnPath: string;
  readonly source?: SourceLocation;
  /** Set when resolving the resource failed; every duty of the resource is then unknown. */
  readonly resolveError?: string;
}
