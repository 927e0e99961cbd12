import { catalogIndex } from '../rules';
import { ACCOUNT_TYPE, accountRecord } from './model/account';
import { ResourceIndex } from './model/resource-index';
import type { ResourceRecord } from './model/resource';
import { plainTemplateFacts } from './model/template-facts';
import { resolveOptions, type SharedResponsibilityChecksProps } from './options';
import { templateNagAcks } from './private/cdk-nag-waivers';
import { evaluateAll } from './private/evaluate';
import { buildResults } from './private/write-results';
import type { Results } from './results';

export interface ScanTemplateOptions extends SharedResponsibilityChecksProps {
  /** Name of the template, used as its stack path and template file in the results. */
  readonly templateName?: string;
}

/**
 * Runs the same duties over a plain CloudFormation template (already parsed), for templates not
 * written with CDK. Intrinsics stay as they are in the template, so anything they decide is unknown.
 * Construct paths are taken from `aws:cdk:path` metadata when present, else the logical id.
 */
export function scanTemplate(template: unknown, options: ScanTemplateOptions = {}): Results {
  const resources = (template as { Resources?: unknown } | null)?.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) {
    throw new Error('the template has no Resources section');
  }
  const name = options.templateName ?? 'template';
  const records: ResourceRecord[] = [];
  for (const [logicalId, raw] of Object.entries(resources as Record<string, unknown>)) {
    if (raw === null || typeof raw !== 'object') continue;
    const entry = raw as Record<string, unknown>;
    const metadata = (entry.Metadata ?? {}) as Record<string, unknown>;
    const path = typeof metadata['aws:cdk:path'] === 'string' ? (metadata['aws:cdk:path'] as string).replace(/\/Resource$/, '') : logicalId;
    const props = entry.Properties;
    records.push({
      stackPath: name,
      templateFile: name,
      logicalId,
      type: typeof entry.Type === 'string' ? entry.Type : 'Unknown::Type',
      properties: props !== null && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : {},
      entry,
      ownerPath: path,
      cfnPath: typeof metadata['aws:cdk:path'] === 'string' ? (metadata['aws:cdk:path'] as string) : logicalId,
    });
  }
  const { templateName: _name, ...checkOptions } = options;
  const resolved = resolveOptions(checkOptions, catalogIndex, { owner: 'scanTemplate' });
  if (records.length > 0 && resolved.dispatch.has(ACCOUNT_TYPE)) records.push(accountRecord(''));
  const { resources: results, uncoveredTypes } = evaluateAll({
    records,
    index: new ResourceIndex(records, plainTemplateFacts(name, template)),
    options: resolved,
    // A plain template carries no CDK acknowledgements; cdk-nag's, when it wrote them, are in each resource's Metadata.
    acks: resolved.honorCdkNagAcknowledgements ? templateNagAcks(records) : new Map(),
  });
  return buildResults(results, uncoveredTypes, [], resolved);
}
