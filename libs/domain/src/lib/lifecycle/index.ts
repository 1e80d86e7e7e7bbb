export * from './state-machine';
export * from './booking-request-lifecycle';
export * from './session-lifecycle';
export * from './package-order-lifecycle';
export * from './request-follows-sessions';
export * from './maatwerk-lifecycle';
