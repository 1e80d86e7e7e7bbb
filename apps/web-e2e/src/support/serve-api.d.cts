/**
 * Starts the built API in a process group of its own and stops it once on this script's SIGTERM or SIGINT; when it
 * has exited, runs `onExit` and ends this script with the API's exit code.
 */
export function serveApi(root: string, env: NodeJS.ProcessEnv, onExit: () => Promise<unknown>): void;
