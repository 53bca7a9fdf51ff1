import { describe, it, expect } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { SnapshotIncident, SnapshotPage } from './snapshot-types.ts';
import { atomFeed, escapeHtml, incidentHtml, rssFeed } from './feeds.ts';

const PAGE_URL = 'https://status.example.com/acme';

const hostileTitle = 'Login <script>alert("x")</script> & SSO ]]> failing ]]> again';
const hostileBody =
  'Errors on <b>login</b> & <script>steal()</script>.\nCDATA ends: ]]> and ]]>\u0001';

const open: SnapshotIncident = {
  id: 'inc-open',
  title: hostileTitle,
  state: 'MONITORING',
  impact: 'CRITICAL',
  declaredAt: '2025-11-28T05:10:00.000Z',
  startedAt: '2025-11-28T05:00:00.000Z',
  updatedAt: '2025-11-28T05:40:00.000Z',
  monitoringAt: '2025-11-28T05:40:00.000Z',
  resolvedAt: null,
  nextUpdateDueAt: '2025-11-28T06:10:00.000Z',
  updateOverdueBySeconds: 0,
  components: [{ id: 'c-sso', name: 'SSO & <Login>' }],
  updates: [
    {
      id: 'u2',
      body: 'Fix deployed; monitoring.',
      state: 'MONITORING',
      postedAt: '2025-11-28T05:40:00.000Z',
      correctedAt: null,
    },
    {
      id: 'u1',
      body: hostileBody,
      state: 'INVESTIGATING',
      postedAt: '2025-11-28T05:10:00.000Z',
      correctedAt: null,
    },
  ],
};

const resolved: SnapshotIncident = {
  id: 'inc-resolved',
  title: 'Slow dashboard',
  state: 'RESOLVED',
  impact: 'MINOR',
  declaredAt: '2025-11-20T14:00:00.000Z',
  startedAt: '2025-11-20T13:55:00.000Z',
  updatedAt: '2025-11-20T15:30:00.000Z',
  monitoringAt: null,
  resolvedAt: '2025-11-20T15:30:00.000Z',
  nextUpdateDueAt: null,
  updateOverdueBySeconds: 0,
  components: [],
  updates: [
    {
      id: 'r1',
      body: 'Resolved.',
      state: 'RESOLVED',
      postedAt: '2025-11-20T15:30:00.000Z',
      correctedAt: null,
    },
  ],
};

const page: SnapshotPage = {
  slug: 'acme',
  name: 'Acme & Co <Ops>',
  host: null,
  timeZone: 'America/New_York',
  status: 'OPERATIONAL',
  asOf: '2025-11-28T12:00:00.000Z',
  uptimeMethod: 'component-status',
  historyMonths: [],
  components: [],
  uptime: [],
  incidents: [open],
  recentIncidents: [open, resolved],
  maintenances: [],
};

const FEED_TITLE = 'Acme & Co <Ops> status — incident history';

/** No markup of ours in the XML: neither an element nor raw in a CDATA section. */
function expectNothingInjected(xml: string) {
  expect(xml).not.toMatch(/<script/i);
  expect(xml).not.toMatch(/<b>/);
  expect(xml).not.toContain('\u0001');
  // Our text never closes a CDATA section early: each `]]>` closes one `<![CDATA[`.
  expect(xml.split('<![CDATA[').length).toBe(xml.split(']]>').length);
}

describe('rssFeed', () => {
  const xml = rssFeed(page, PAGE_URL);
  const feed = parseFeed(xml);

  it('is an RSS 2.0 feed of the page', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(feed.title).toBe(FEED_TITLE);
    expect(feed.url).toBe(PAGE_URL);
    expect(feed.self).toBe(`${PAGE_URL}/history.rss`);
    expect(feed.updated?.toISOString()).toBe('2025-11-28T05:40:00.000Z');
  });

  it('has one item per recent incident, newest first', () => {
    expect(feed.items.map((i) => [i.title, i.url, i.id])).toEqual([
      [hostileTitle, `${PAGE_URL}/incidents/inc-open`, `${PAGE_URL}/incidents/inc-open`],
      [
        'Slow dashboard',
        `${PAGE_URL}/incidents/inc-resolved`,
        `${PAGE_URL}/incidents/inc-resolved`,
      ],
    ]);
    expect(xml).toContain(`<guid isPermaLink="true">${PAGE_URL}/incidents/inc-open</guid>`);
    expect(feed.items.map((i) => i.published?.toISOString())).toEqual([
      '2025-11-28T05:40:00.000Z',
      '2025-11-20T15:30:00.000Z',
    ]);
  });

  it('carries the updates as escaped HTML, newest first', () => {
    const html = feed.items[0]!.description!;
    expect(html.indexOf('Monitoring')).toBeLessThan(html.indexOf('Investigating'));
    expect(html).toContain('28 Nov 2025, 05:10 UTC');
    expect(xml).toContain(escapeHtml('<script>steal()</script>'));
    expect(xml).toContain('Affected components: SSO &amp; &lt;Login&gt;');
    expectNothingInjected(xml);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed(page, PAGE_URL);
  const feed = parseFeed(xml);

  it('is an Atom 1.0 feed of the page', () => {
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe(FEED_TITLE);
    expect(feed.url).toBe(PAGE_URL);
    expect(feed.self).toBe(`${PAGE_URL}/history.atom`);
    expect(feed.updated?.toISOString()).toBe('2025-11-28T05:40:00.000Z');
  });

  it('has one entry per recent incident, newest first', () => {
    expect(feed.items.map((i) => [i.title, i.url, i.id])).toEqual([
      [hostileTitle, `${PAGE_URL}/incidents/inc-open`, `${PAGE_URL}/incidents/inc-open`],
      [
        'Slow dashboard',
        `${PAGE_URL}/incidents/inc-resolved`,
        `${PAGE_URL}/incidents/inc-resolved`,
      ],
    ]);
    expect(feed.items.map((i) => i.updated?.toISOString())).toEqual([
      '2025-11-28T05:40:00.000Z',
      '2025-11-20T15:30:00.000Z',
    ]);
    expect(feed.items.map((i) => i.published?.toISOString())).toEqual([
      '2025-11-28T05:10:00.000Z',
      '2025-11-20T14:00:00.000Z',
    ]);
  });

  it('carries the updates as escaped HTML, newest first', () => {
    expect(xml).toContain('<title type="html"><![CDATA[Login &lt;script&gt;');
    expect(xml).toContain('<content type="html"><![CDATA[');
    const html = feed.items[0]!.content!;
    expect(html.indexOf('Monitoring')).toBeLessThan(html.indexOf('Investigating'));
    expect(xml).toContain(escapeHtml('<script>steal()</script>'));
    expectNothingInjected(xml);
  });
});

describe('incidentHtml', () => {
  it('escapes every update and names its state and time in UTC', () => {
    expect(incidentHtml(open)).toBe(
      [
        '<p><strong>Monitoring</strong> · <time datetime="2025-11-28T05:40:00.000Z">28 Nov 2025, 05:40 UTC</time></p>' +
          '<p>Fix deployed; monitoring.</p>',
        '<p><strong>Investigating</strong> · <time datetime="2025-11-28T05:10:00.000Z">28 Nov 2025, 05:10 UTC</time></p>' +
          '<p>Errors on &lt;b&gt;login&lt;/b&gt; &amp; &lt;script&gt;steal()&lt;/script&gt;.<br>' +
          'CDATA ends: ]]&gt; and ]]&gt;</p>',
        '<p>Affected components: SSO &amp; &lt;Login&gt;</p>',
      ].join('\n'),
    );
  });
});

describe('an empty history', () => {
  it('still makes valid feeds, dated when the snapshot was taken', () => {
    const quiet = { ...page, incidents: [], recentIncidents: [] };
    for (const xml of [rssFeed(quiet, PAGE_URL), atomFeed(quiet, PAGE_URL)]) {
      const feed = parseFeed(xml);
      expect(feed.items).toEqual([]);
      expect(feed.title).toBe(FEED_TITLE);
      expect(feed.updated?.toISOString()).toBe('2025-11-28T12:00:00.000Z');
    }
  });
});
