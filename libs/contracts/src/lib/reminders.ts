/** A reminder rule as admins edit it. */
export interface ReminderRuleDto {
  kind: string;
  audience: 'school' | 'staff' | 'planner' | 'parent';
  offsetAmount: number;
  offsetUnit: 'days' | 'working_days' | 'school_days';
  direction: 'before' | 'after';
  sendTime: string;
  enabled: boolean;
  updatedAt: string;
}

export interface UpdateReminderRuleRequest {
  offsetAmount: number;
  sendTime: string;
  enabled: boolean;
}

/** One message to one recipient: sent, failed with the reason, or being sent. */
export interface MessageLogDto {
  id: string;
  createdAt: string;
  sentAt: string | null;
  kind: string;
  recipient: string;
  subject: string;
  status: 'sending' | 'sent' | 'failed';
  transport: 'smtp' | 'log';
  providerId: string | null;
  error: string | null;
  attempts: number;
  sessionId: string | null;
  /** The text as sent (embedded mode keeps mail only here). */
  bodyText: string;
}

export interface NotificationDto {
  id: string;
  kind: string;
  title: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationsDto {
  unread: number;
  items: NotificationDto[];
}
