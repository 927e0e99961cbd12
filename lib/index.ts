export { SharedResponsibilityChecks } from './checks';
export type { SharedResponsibilityChecksProps } from './options';
export { SharedResponsibilityPlugin, type SharedResponsibilityPluginProps } from './plugin';
export { catalog, resourceTypes } from '../rules';
export { CATEGORIES, SEVERITIES, defineDuty } from './model/duty';
export type { Category, Controls, Duty, Equivalents, Remediation, ServiceModel, Severity } from './model/duty';
export * from './authoring';
export type { ResourceTypeInfo } from './model/resource-type';
export type { SourceLocation } from './model/resource';
export { RESULTS_FILE } from './results';
export type { DutyResult, Outcome, ResourceResult, Results, ResultsSummary, Waiver } from './results';
export { scanTemplate, type ScanTemplateOptions } from './scan';
export {
  diffWithBaseline,
  loadResults,
  loadResultsFile,
  loadTemplate,
  renderCsv,
  renderMarkdown,
  renderSarif,
  stackTemplateDirs,
  writeReports,
} from './report';
export type {
  BaselineDiff,
  CsvOptions,
  MarkdownOptions,
  ReportFormat,
  SarifLog,
  SarifOptions,
  SarifResult,
  SarifRule,
  SarifRun,
} from './report';
