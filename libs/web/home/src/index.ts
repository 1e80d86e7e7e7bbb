// Each role home has its own entry point (`@halt/web/home/school`, …): the app's route loads that one chunk
// directly, so the page does not wait for a routes chunk first.
export * from './school';
export * from './gemeente';
export * from './planner';
export * from './staff';
export * from './admin';
