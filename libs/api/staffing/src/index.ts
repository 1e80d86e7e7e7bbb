export * from './lib/staffing.module';
export * from './lib/staff.service';
export * from './lib/matching.service';
export * from './lib/planning-problem.service';
export * from './lib/planning-runs.service';
