/** The outcome of the last accessibility check (`npm run a11y:check`), as committed in `a11y-check.json`. */
export interface A11yCheck {
  checkedAt: string | null;
  tool: string;
  rules: string;
  /** Every page view checked: a page, as one role, at one screen width. */
  pages: { path: string; role: string; width?: number; serious: number; critical: number }[];
  serious: number | null;
  critical: number | null;
}

export type A11yOutcome =
  | { kind: 'not-measured' }
  /** `pages`: distinct pages (paths) checked. */
  | { kind: 'passed'; date: string; pages: number }
  | { kind: 'findings'; date: string; pages: number; serious: number; critical: number };

/** What the statement says about the last check: never an outcome nobody measured. */
export function a11yOutcome(check: A11yCheck): A11yOutcome {
  if (!check.checkedAt || check.serious === null || check.critical === null) return { kind: 'not-measured' };
  const date = check.checkedAt.slice(0, 10);
  const pages = new Set(check.pages.map((p) => p.path)).size;
  if (check.serious + check.critical === 0) return { kind: 'passed', date, pages };
  return { kind: 'findings', date, pages, serious: check.serious, critical: check.critical };
}
