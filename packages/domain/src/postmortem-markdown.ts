import type { ActionItemKind, ActionItemState } from './action-item.js';
import type { PostmortemState } from './postmortem.js';

/** Everything a postmortem export shows, already resolved to display values. */
export interface PostmortemDocument {
  incidentNumber: number;
  title: string;
  severity: string;
  state: PostmortemState;
  impact: string;
  timeline: readonly { at: Date; kind: string; text: string; highlight: boolean }[];
  contributingFactors: readonly { description: string; categoryName: string }[];
  actionItems: readonly {
    title: string;
    owner: string;
    team: string;
    dueAt: Date;
    /** The criterion as text, e.g. from `criterionText`. */
    criterion: string;
    kind: ActionItemKind;
    state: ActionItemState;
    trackerUrl: string | null;
  }[];
  author?: string;
  publishedAt: Date | null;
}

/** The timeline shows at most this many rows; the rest stay in Keepwatch. */
const TIMELINE_ROWS = 25;

const STATE_LABEL: Record<PostmortemState, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
};
const KIND_LABEL: Record<ActionItemKind, string> = {
  CLASS_OF_FAILURE: 'Class of failure',
  ONE_OFF: 'One-off',
};
const ACTION_STATE_LABEL: Record<ActionItemState, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  VERIFIED: 'Verified',
};

/** `YYYY-MM-DD HH:MM`, in UTC. */
const utc = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

/**
 * User text made inert: backslashes, `|`, `*`, backticks, `[`, `]` and `<` are escaped everywhere,
 * `_` where it could start or end emphasis (not inside snake_case words), and a leading `#`, `-`,
 * `+`, `=`, `>`, `~` or `1.`/`1)` that would open a heading, list, quote or fence.
 */
function escapeLine(text: string): string {
  return text
    .replace(/[\\|*`[\]<]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/^([#\-+=>~])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of user text for a heading, list item or table cell; `empty` when blank. */
function inline(text: string, empty = '—'): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? empty : escapeLine(line);
}

/** "DECISION" → "Decision", "STATE_CHANGE" → "State change". */
function label(kind: string): string {
  const words = kind.trim().toLowerCase().replace(/_+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A link only for http(s) addresses, with the characters that would break a table encoded. */
function trackerLink(url: string | null): string {
  if (url === null || url.trim() === '') return '—';
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return inline(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return inline(url);
  const href = parsed.href.replace(
    /[|()[\]\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `[link](${href})`;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function impactSection(impact: string): string {
  const lines = impact
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim());
  if (lines.every((l) => l === '')) return '_Not described yet._';
  return lines
    .map((l) => escapeLine(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function timelineSection(timeline: PostmortemDocument['timeline']): string {
  if (timeline.length === 0) return 'No events recorded.';
  const ordered = timeline
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i);
  const highlighted = ordered.filter((x) => x.e.highlight);
  const others = ordered
    .filter((x) => !x.e.highlight)
    .slice(0, Math.max(0, TIMELINE_ROWS - highlighted.length));
  const shown = new Set([...highlighted, ...others]);
  const rows = ordered
    .filter((x) => shown.has(x))
    .map(({ e }) => {
      if (!e.highlight) return row([utc(e.at), inline(e.text)]);
      const kind = e.kind.trim() === '' ? '' : `${escapeLine(label(e.kind))}: `;
      return row([`**${utc(e.at)}**`, `**★ ${kind}${inline(e.text)}**`]);
    });
  const left = timeline.length - rows.length;
  const table = [row(['Time (UTC)', 'Event']), row(['---', '---']), ...rows].join('\n');
  return left === 0
    ? table
    : `${table}\n\n… ${left} more event${left === 1 ? '' : 's'} in Keepwatch`;
}

function factorsSection(factors: PostmortemDocument['contributingFactors']): string {
  if (factors.length === 0) return 'None recorded.';
  return factors
    .map(
      (f) =>
        `- **${inline(f.categoryName, 'Uncategorised')}** — ${inline(f.description, '(no description)')}`,
    )
    .join('\n');
}

function followUpsSection(items: PostmortemDocument['actionItems']): string {
  if (items.length === 0) return 'None planned.';
  const header = [
    'Action',
    'Owner',
    'Team',
    'Due (UTC)',
    'Acceptance criterion',
    'Kind',
    'State',
    'Tracker',
  ];
  return [
    row(header),
    row(header.map(() => '---')),
    ...items.map((a) =>
      row([
        inline(a.title),
        inline(a.owner),
        inline(a.team),
        utc(a.dueAt),
        inline(a.criterion),
        KIND_LABEL[a.kind],
        ACTION_STATE_LABEL[a.state],
        trackerLink(a.trackerUrl),
      ]),
    ),
  ].join('\n');
}

/**
 * The postmortem as a short Markdown document (about two pages): a title and one-line header
 * (severity, state, publication date, author), then Impact, Timeline, Contributing factors and
 * Follow-ups. The timeline table shows at most 25 rows: every highlighted row (decisions and
 * mitigations, in bold with a ★, always shown even past 25), then the earliest others, all in time
 * order, and says how many events were left out. Follow-ups keep the order given. All user text is
 * escaped so it cannot break the document's structure; times are UTC.
 */
export function postmortemMarkdown(doc: PostmortemDocument): string {
  const header = [
    `**Severity:** ${inline(doc.severity)}`,
    `**State:** ${STATE_LABEL[doc.state]}`,
    `**Published:** ${doc.publishedAt ? `${utc(doc.publishedAt)} UTC` : 'not yet'}`,
    ...(doc.author !== undefined && doc.author.trim() !== ''
      ? [`**Author:** ${inline(doc.author)}`]
      : []),
  ].join(' · ');
  return [
    `# INC-${doc.incidentNumber}: ${inline(doc.title, 'Untitled incident')}`,
    header,
    '## Impact',
    impactSection(doc.impact),
    '## Timeline',
    timelineSection(doc.timeline),
    '## Contributing factors',
    factorsSection(doc.contributingFactors),
    '## Follow-ups',
    followUpsSection(doc.actionItems),
  ]
    .join('\n\n')
    .concat('\n');
}
