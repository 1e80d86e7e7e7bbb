import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../../apps/api/src/app/demo/demo-data';

/** What one autocannon run measured. */
export interface Drive {
  rps: number;
  p50: number;
  p99: number;
}

/** Drives `url` with a bearer token for `seconds` at `connections`; any non-2xx answer or error ends the run. */
export async function drive(url: string, token: string, connections: number, seconds: number): Promise<Drive> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Signs a demo user in over HTTP and returns the access token. */
export async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) throw new Error(`login ${email} failed: ${res.status}`);
  return body.accessToken;
}
