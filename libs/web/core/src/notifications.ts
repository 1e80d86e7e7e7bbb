// A second entry point: the shell loads the notification bell in a @defer block, and a deferred import only becomes
// a lazy chunk when it does not come through the first chunk's barrel (`@halt/web/core`).
export * from './lib/notifications/notifications.store';
export * from './lib/notifications/notification-bell';
