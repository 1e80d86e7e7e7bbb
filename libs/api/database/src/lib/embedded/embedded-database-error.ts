/** A problem a person can fix (a leftover data folder, a user that cannot reach it): shown as its one line. */
export class EmbeddedDatabaseError extends Error {}
