export * from './lib/evaluations.module';
export * from './lib/evaluation-code';
export * from './lib/dashboards.service';
export * from './lib/evaluations.service';
