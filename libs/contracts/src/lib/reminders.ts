import type { Uuid, IsoDateTime, ClockTime, Integer } from './scalars';
/** A reminder rule as admins edit it. */
export interface ReminderRuleDto {
  kind: string;
  audience: 'school' | 'staff' | 'planner' | 'parent';
  offsetAmount: Integer;
  offsetUnit: 'days' | 'working_days' | 'school_days';
  direction: 'before' | 'after';
  sendTime: ClockTime;
  enabled: boolean;
  updatedAt: IsoDateTime;
}

export interface UpdateReminderRuleRequest {
  offsetAmount: Integer;
  sendTime: ClockTime;
  enabled: boolean;
}

/** One message to one recipient: sent, failed with the reason, or being sent. */
export interface MessageLogDto {
  id: Uuid;
  createdAt: IsoDateTime;
  sentAt: IsoDateTime | null;
  kind: string;
  recipient: string;
  subject: string;
  status: 'sending' | 'sent' | 'failed';
  transport: 'smtp' | 'log';
  providerId: string | null;
  error: string | null;
  attempts: Integer;
  sessionId: Uuid | null;
  /** The text as sent (embedded mode keeps mail only here). */
  bodyText: string;
}

export interface NotificationDto {
  id: Uuid;
  kind: string;
  title: string;
  link: string | null;
  createdAt: IsoDateTime;
  read: boolean;
}

export interface NotificationsDto {
  unread: Integer;
  items: NotificationDto[];
}
