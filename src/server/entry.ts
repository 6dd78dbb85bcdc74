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

export async function render(request: Request, context: RenderContext): Promise<Response> {
  const routeData = app.match(request);
  return app.render(request, {
    ...(routeData ? { routeData } : {}),
    clientAddress: context.clientAddress,
    locals: { waitUntil: context.waitUntil },
  });
}
