export { diffWithBaseline, type BaselineDiff } from './baseline';
export { loadTemplate } from './cfn-template';
export { csvCell, renderCsv, type CsvOptions } from './csv';
export { failsAt, findingKey, findingsOf, type FailOn, type Finding } from './findings';
export { InputError, loadResults, loadResultsFile, stackTemplateDirs } from './load';
export { DEFAULT_MARKDOWN_BUDGET_BYTES, renderMarkdown, type MarkdownOptions } from './markdown';
export { renderSarif, SARIF_FINGERPRINT, type SarifOptions } from './sarif';
export type { SarifLog, SarifResult, SarifRule, SarifRun } from './sarif-log';
export { REPORT_FILES, renderReport, writeReports, type RenderReportOptions, type ReportFormat } from './write';
