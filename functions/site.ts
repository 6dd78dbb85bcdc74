/**
 * The site's on-demand pages: POST /api/interest (JSON or a form post), the
 * confirmation pages. Astro renders them (src/server/entry.ts); this function
 * only hands over the request, the client's address and `waitUntil`.
 */
import type { Config, Context } from '@netlify/functions';
import { render } from '../.netlify/server/entry.mjs';

export default (req: Request, context: Context) =>
  render(req, { clientAddress: context.ip, waitUntil: (promise) => context.waitUntil(promise) });

// Literal, as Netlify reads it without running the code; a unit test keeps it equal to the site's routes.
export const config: Config = { path: ['/api/interest', '/fi/kiinnostus/kiitos/', '/sv/intresse/tack/'] };
