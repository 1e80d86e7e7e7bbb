export * from './reminder-rules';
export * from './quiet-hours';
export * from './working-days';
export * from './schedule';
