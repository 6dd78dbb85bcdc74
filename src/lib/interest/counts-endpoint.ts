/**
 * GET /api/interest-counts?institution=<id>&month=<YYYY-MM> with
 * `Authorization: Bearer <COUNTS_TOKEN_<ID>>`: the month's counts of one
 * institution as CSV. 400 for parameters that name no institution or month,
 * 401 without the right token (compared in constant time).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { InterestConfig } from './config.ts';
import { type CountsStore, countsCsvRows, csvHeader, monthPattern } from './counts.ts';
import { toCsv } from './csv.ts';
import type { RoutingTable } from './routing.ts';

export interface CountsEndpointDeps {
  table: RoutingTable;
  config: Pick<InterestConfig, 'countsToken'>;
  counts: () => CountsStore;
}

/** Equal lengths for timingSafeEqual without revealing the token's length: compare digests. */
const digest = (value: string) => createHash('sha256').update(value).digest();
export const tokenMatches = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

export function createCountsEndpoint(deps: CountsEndpointDeps) {
  return async function handle(req: Request): Promise<Response> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const params = new URL(req.url).searchParams;
    const institution = params.get('institution') ?? '';
    const month = params.get('month') ?? '';
    if (params.getAll('institution').length !== 1 || !Object.hasOwn(deps.table.institutions, institution))
      return plain(400, 'Give institution=<id> of one institution.');
    if (params.getAll('month').length !== 1 || !monthPattern.test(month))
      return plain(400, 'Give month=YYYY-MM, e.g. month=2027-01.');
    const expected = deps.config.countsToken(institution);
    const given = /^Bearer ([\x21-\x7e]+)$/.exec(req.headers.get('authorization') ?? '')?.[1];
    if (!expected || !given || !tokenMatches(given, expected))
      return plain(401, 'A valid bearer token for this institution is needed.', {
        'WWW-Authenticate': 'Bearer realm="interest-counts"',
      });
    const counts = await deps.counts().read(institution, month);
    return new Response(toCsv(csvHeader, countsCsvRows(counts)), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="polku-${institution}-${month}.csv"`,
        'Cache-Control': 'no-store',
        Vary: 'Authorization',
      },
    });
  };
}
