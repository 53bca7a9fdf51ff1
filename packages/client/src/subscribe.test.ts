import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createKeepwatchClient, KeepwatchApiError, webSocketUrl } from './index.js';

// The API has no Subscription type yet, so a tiny graphql-ws server with the API's auth rule
// (connection_init must carry a bearer token) stands in for it.
const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { ticks(upTo: Int!): Int! }
`);
const TicksDocument = parse(
  'subscription Ticks($upTo: Int!) { ticks(upTo: $upTo) }',
) as TypedDocumentNode<{ ticks: number }, { upTo: number }>;

let server: WebSocketServer;
let url: string;
const seenAuthorization: unknown[] = [];

beforeAll(async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1', path: '/graphql' });
  await new Promise((resolve) => server.once('listening', resolve));
  useServer(
    {
      schema,
      roots: {
        subscription: {
          async *ticks({ upTo }: { upTo: number }) {
            for (let n = 1; n <= upTo; n++) yield { ticks: n };
          },
        },
      },
      onConnect(ctx) {
        seenAuthorization.push(ctx.connectionParams?.authorization);
        return ctx.connectionParams?.authorization === 'Bearer good';
      },
    },
    server,
  );
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('createKeepwatchClient().subscribe', () => {
  it('streams results over graphql-ws with the token in connection_init', async () => {
    const client = createKeepwatchClient({ url, token: 'good' });
    const seen: number[] = [];
    for await (const { ticks } of client.subscribe(TicksDocument, { upTo: 3 })) seen.push(ticks);
    await client.close();

    expect(seen).toEqual([1, 2, 3]);
    expect(seenAuthorization.at(-1)).toBe('Bearer good');
  });

  it('turns a refused connection into a FORBIDDEN error', async () => {
    const client = createKeepwatchClient({ url, token: 'bad' });
    const iterate = async () => {
      for await (const _ of client.subscribe(TicksDocument, { upTo: 1 })) {
        // a refused connection must not yield anything
      }
    };
    const error = await iterate().then(
      () => undefined,
      (e: unknown) => e,
    );
    await client.close();

    expect(error).toBeInstanceOf(KeepwatchApiError);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('turns a GraphQL error of the operation into a KeepwatchApiError', async () => {
    const client = createKeepwatchClient({ url, token: 'good' });
    const Unknown = parse('subscription { nope }') as TypedDocumentNode<
      { nope: number },
      Record<string, never>
    >;
    const iterate = async () => {
      for await (const _ of client.subscribe(Unknown)) {
        // validation fails before any result
      }
    };
    const error = await iterate().then(
      () => undefined,
      (e: unknown) => e,
    );
    await client.close();

    expect(error).toBeInstanceOf(KeepwatchApiError);
    expect((error as KeepwatchApiError).message).toMatch(/nope/);
  });
});

describe('webSocketUrl', () => {
  it('keeps host, port and path and switches the scheme', () => {
    expect(webSocketUrl('http://127.0.0.1:4000/graphql')).toBe('ws://127.0.0.1:4000/graphql');
    expect(webSocketUrl('https://api.example.com/graphql')).toBe('wss://api.example.com/graphql');
    expect(() => webSocketUrl('ftp://example.com/graphql')).toThrow(TypeError);
  });
});
