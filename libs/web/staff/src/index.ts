export * from './lib/staff.routes';
export * from './lib/absence-editor';
export * from './lib/labels';
export * from './lib/availability-model';
export * from './lib/staff-calendar-feed';
export * from './lib/staff-today';
