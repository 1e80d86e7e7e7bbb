/** Playwright's own browser for the installed playwright-core (it may not be downloaded). */
export function playwrightChromium(): string;
/** The path of a Chromium to use, or undefined when there is none on this machine. */
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
