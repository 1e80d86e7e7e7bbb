export * from './lib/evaluations.routes';
export { SessionEvaluationPanel } from './lib/sessions/session-evaluation-panel';
export { formatClassCode } from './lib/class-code-model';
