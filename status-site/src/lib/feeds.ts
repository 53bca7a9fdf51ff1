/**
 * The tenant's incident history as RSS 2.0 (`history.rss`) and Atom 1.0 (`history.atom`) feeds:
 * one item per recent incident, newest first, its public updates as HTML. Pure functions of a
 * snapshot: no I/O, no clock.
 *
 * Escaping. The `feed` package writes item titles and bodies as CDATA and passes them on as they
 * are, and Atom declares them `type="html"`; so everything of ours that goes there is HTML-escaped
 * first, which also keeps `]]>` (which would end the CDATA section) out of them. Feed-level text
 * goes out as XML text, which xml-js escapes after first turning `&amp;` back into `&`; escaping
 * `&` beforehand makes that round trip exact. Characters XML 1.0 cannot carry at all (most
 * control characters, lone surrogates) are dropped everywhere.
 */
import { Feed } from 'feed';
import type { SnapshotIncident, SnapshotPage } from './snapshot-types.ts';
import { incidentUrl } from './statuspage-json.ts';
import { incidentStateText } from './status-text.ts';
import { formatMoment } from './time.ts';

// Tab, LF, CR and the planes XML 1.0 allows; a lone surrogate is not a character there.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters an XML 1.0 document cannot contain. */
const xmlChars = (text: string): string => text.replace(NOT_XML_CHAR, '');

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` as HTML text: markup in it shows as written instead of being markup. */
export const escapeHtml = (text: string): string =>
  xmlChars(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Feed-level text, for xml-js to escape (see the top of this file). */
const feedText = (text: string): string => xmlChars(text).replaceAll('&', '&amp;');

/** One incident's public updates, newest first, each with its state and time in UTC. */
export function incidentHtml(incident: SnapshotIncident): string {
  const updates = incident.updates.map(
    (u) =>
      `<p><strong>${escapeHtml(incidentStateText(u.state))}</strong> · ` +
      `<time datetime="${escapeHtml(u.postedAt)}">${escapeHtml(formatMoment(u.postedAt, 'UTC'))}</time></p>` +
      `<p>${escapeHtml(u.body.trim()).replace(/\r?\n/g, '<br>')}</p>`,
  );
  const affected = incident.components.map((c) => escapeHtml(c.name));
  if (affected.length > 0) updates.push(`<p>Affected components: ${affected.join(', ')}</p>`);
  return updates.join('\n');
}

/** Self links of the feeds, beside the page's root. */
const rssUrl = (pageUrl: string): string => `${pageUrl}/history.rss`;
const atomUrl = (pageUrl: string): string => `${pageUrl}/history.atom`;

function historyFeed(page: SnapshotPage, pageUrl: string, format: 'rss' | 'atom'): Feed {
  const incidents = page.recentIncidents;
  // The newest change of any listed incident; with none, the time of the snapshot.
  const updated = incidents.reduce(
    (acc, i) => Math.max(acc, Date.parse(i.updatedAt)),
    incidents.length > 0 ? -Infinity : Date.parse(page.asOf),
  );
  const feed = new Feed({
    title: feedText(`${page.name} status — incident history`),
    description: feedText(`Incidents reported on the ${page.name} status page`),
    id: atomUrl(pageUrl),
    link: pageUrl,
    language: 'en',
    updated: new Date(updated),
    generator: 'Keepwatch',
    feedLinks: { rss: rssUrl(pageUrl), atom: atomUrl(pageUrl) },
  });
  for (const incident of incidents) {
    const link = incidentUrl(pageUrl, incident.id);
    const html = incidentHtml(incident);
    feed.addItem({
      title: escapeHtml(incident.title),
      // The shortlink is the item's id (Atom) and, as a permalink, its guid (RSS).
      link,
      date: new Date(incident.updatedAt),
      // RSS has one date, pubDate, which `published` would take over: there it stays updatedAt.
      ...(format === 'atom'
        ? { content: html, published: new Date(incident.declaredAt) }
        : { description: html }),
    });
  }
  return feed;
}

/** `history.rss`: the recent incidents as an RSS 2.0 feed. */
export const rssFeed = (page: SnapshotPage, pageUrl: string): string =>
  historyFeed(page, pageUrl, 'rss').rss2();

/** `history.atom`: the recent incidents as an Atom 1.0 feed. */
export const atomFeed = (page: SnapshotPage, pageUrl: string): string =>
  historyFeed(page, pageUrl, 'atom').atom1();
