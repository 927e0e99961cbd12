import * as path from 'path';
import type { CollectionTag, ScalarTag } from 'yaml';
import { InputError, readInput } from './load';

/** CloudFormation's YAML short forms and the long form each stands for. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  ...Object.fromEntries(
    [
      'And',
      'Base64',
      'Cidr',
      'Equals',
      'FindInMap',
      'GetAtt',
      'GetAZs',
      'If',
      'ImportValue',
      'Join',
      'Not',
      'Or',
      'Select',
      'Split',
      'Sub',
      'Transform',
    ].map((f) => [f, `Fn::${f}`]),
  ),
};

type Yaml = typeof import('yaml');

/** Each short form as a scalar, a sequence and a mapping tag, turned into `{ <long form>: value }`. */
function cloudFormationTags(yaml: Yaml): (ScalarTag | CollectionTag)[] {
  return Object.entries(SHORT_FORMS).flatMap(([short, long]): (ScalarTag | CollectionTag)[] => {
    const tag = `!${short}`;
    // A collection stays a node, so tags nested inside it are converted with the rest of the document.
    const wrap = (node: unknown): InstanceType<Yaml['YAMLMap']> => {
      const map = new yaml.YAMLMap();
      map.set(long, node);
      return map;
    };
    return [
      // `!GetAtt Resource.Attribute` is the only short form whose scalar is not the long form's value.
      { tag, resolve: (value: string) => ({ [long]: short === 'GetAtt' ? splitGetAtt(value) : value }) },
      { tag, collection: 'seq', resolve: wrap },
      { tag, collection: 'map', resolve: wrap },
    ];
  });
}

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

async function parseYaml(text: string, file: string): Promise<unknown> {
  // Loaded here only: rendering reports does not need a YAML parser.
  const yaml = await import('yaml');
  const doc = yaml.parseDocument(text, { customTags: cloudFormationTags(yaml), logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const at = problem.linePos ? ` (line ${problem.linePos[0].line}, column ${problem.linePos[0].col})` : '';
    throw new InputError(`${file} is not valid YAML${at}: ${problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // The yaml library refuses an alias bomb (and other documents it cannot build) here.
    throw new InputError(`${file} cannot be read as YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * Reads a CloudFormation template: JSON, or YAML with the short-form intrinsic tags (`!Ref`,
 * `!GetAtt a.b`, `!Sub`, ...) turned into their long form, as CloudFormation reads them.
 */
export async function loadTemplate(file: string): Promise<Record<string, unknown>> {
  const text = readInput(file, 'template');
  const ext = path.extname(file).toLowerCase();
  const json = ext === '.json' || (ext !== '.yaml' && ext !== '.yml' && text.trimStart().startsWith('{'));
  let template: unknown;
  if (json) {
    try {
      template = JSON.parse(text);
    } catch (e) {
      throw new InputError(`${file} is not valid JSON: ${(e as Error).message}`);
    }
  } else {
    template = await parseYaml(text, file);
  }
  const resources = (template as { Resources?: unknown } | null)?.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) {
    throw new InputError(`${file} has no Resources section, so it is not a CloudFormation template`);
  }
  return template as Record<string, unknown>;
}
