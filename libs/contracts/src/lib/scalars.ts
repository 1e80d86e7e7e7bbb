// Scalar types of the contract: each is a plain `string` or `number` for the web app, and tells the API's
// OpenAPI document (generated from these types by `npm run openapi`) its format.

/** A UUID. @format uuid */
export type Uuid = string;

/** A calendar day, ISO 8601 `yyyy-MM-dd`. @format date */
export type IsoDate = string;

/** An instant, ISO 8601 with time zone (`2026-03-02T08:30:00.000Z`). @format date-time */
export type IsoDateTime = string;

/** A local time of day `HH:mm`. @pattern ^([01]\d|2[0-3]):[0-5]\d$ */
export type ClockTime = string;

/** An e-mail address. @format email */
export type Email = string;

/** A whole number. @asType integer */
export type Integer = number;

/** A sequence number of the database (a bigint), as a string. @pattern ^\d+$ */
export type SerialId = string;
