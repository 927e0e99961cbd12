import type { ResourceRecord } from './resource';

/**
 * What the index knows of the templates beyond their resources: the parameters each declares and
 * the nested stacks the app creates, so a value a parameter or a nested stack's output carries can
 * be read where the template itself decides it.
 */
export interface TemplateFacts {
  /** The declaration of parameter `name` (`Type`, `MinLength`, ...) in the template at `stackPath`; undefined when it declares none. */
  parameter(stackPath: string, name: string): Readonly<Record<string, unknown>> | undefined;
  /** The stack path of the template an AWS::CloudFormation::Stack resource of the app creates, when that template is in the app. */
  nestedStack(record: ResourceRecord): string | undefined;
  /** The `Value` of output `name` of the template at `stackPath`, resolved; undefined when it has none. */
  output(stackPath: string, name: string): unknown;
}

/** No parameter declarations or nested stacks known: every parameter and nested-stack output stays unknown. */
export const NO_TEMPLATE_FACTS: TemplateFacts = {
  parameter: () => undefined,
  nestedStack: () => undefined,
  output: () => undefined,
};

/**
 * The parameter declarations of one plain template (the `scan` command's), under the stack path it
 * is read as; a plain template's nested stacks are other files, so none is followed.
 */
export function plainTemplateFacts(stackPath: string, template: unknown): TemplateFacts {
  const parameters = (template as { Parameters?: unknown } | null)?.Parameters;
  return {
    ...NO_TEMPLATE_FACTS,
    parameter: (path, name) => {
      if (path !== stackPath || parameters === null || typeof parameters !== 'object') return undefined;
      const declaration = (parameters as Record<string, unknown>)[name];
      return declaration !== null && typeof declaration === 'object' && !Array.isArray(declaration)
        ? (declaration as Record<string, unknown>)
        : undefined;
    },
  };
}
