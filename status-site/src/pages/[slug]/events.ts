import type { APIRoute } from 'astro';
import { statusPage, store } from '../../lib/status-page.ts';

const HEARTBEAT_MS = 20_000;

/**
 * Server-Sent Events for an open page: `change` whenever what the page shows changes (the page
 * then fetches its new rendering). A comment every 20 s keeps proxies from closing the stream.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const slug = params.slug ?? '';
  const lookup = await statusPage(slug);
  if (lookup.kind === 'missing') return new Response('Not found\n', { status: 404 });
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unlisten = store.listen(slug, (snapshot) =>
        send(
          `event: change\nid: ${snapshot.version}\ndata: ${JSON.stringify({ version: snapshot.version, stale: snapshot.stale })}\n\n`,
        ),
      );
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      stop = () => {
        unlisten();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed.
        }
      });
      send('retry: 5000\n\n');
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    },
  });
};
