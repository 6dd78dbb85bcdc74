/**
 * The server entry Astro builds for the on-demand pages (see
 * src/integrations/function-adapter.ts); functions/site.ts serves it.
 */
import { createApp } from 'astro/app/entrypoint';

const app = createApp();

export interface RenderContext {
  clientAddress: string;
  /** Handed to pages as `Astro.locals.waitUntil`: work that continues after the answer. */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
}

/** The site's routes end in a slash; the API's documented address (/api/interest) does not. */
function withTrailingSlash(request: Request): Request {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/')) return request;
  url.pathname += '/';
  return new Request(url, { method: request.method, headers: request.headers, body: request.body, duplex: 'half' });
}

export async function render(incoming: Request, context: RenderContext): Promise<Response> {
  const request = withTrailingSlash(incoming);
  const routeData = app.match(request);
  return app.render(request, {
    ...(routeData ? { routeData } : {}),
    clientAddress: context.clientAddress,
    locals: { waitUntil: context.waitUntil },
  });
}
