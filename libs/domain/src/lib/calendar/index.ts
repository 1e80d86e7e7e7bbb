export * from './local-date';
export * from './time-zone';
export * from './school-year';
export * from './dutch-format';
export * from './school-holidays';
export * from './public-holidays';
export * from './school-calendar';
export * from './validate-window';
