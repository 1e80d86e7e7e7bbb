const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
export const formatDate = (date: string): string => (date ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : '');
