export interface HealthDto {
  status: 'ok' | 'error' | 'shutting_down';
  info?: Record<string, { status: string; [k: string]: unknown }>;
  error?: Record<string, { status: string; [k: string]: unknown }>;
  details: Record<string, { status: string; [k: string]: unknown }>;
}
