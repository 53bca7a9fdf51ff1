import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postmortemMarkdown, type PostmortemDocument } from './postmortem-markdown.js';

const T0 = Date.UTC(2026, 5, 1, 12);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const doc: PostmortemDocument = {
  incidentNumber: 42,
  title: 'Checkout errors after config push',
  severity: 'SEV1',
  state: 'PUBLISHED',
  impact: 'Checkout failed for about 30% of users.\n\nCard payments were retried later.',
  timeline: [
    { at: at(0), kind: 'DETECTION', text: 'Problem detected.', highlight: false },
    { at: at(12), kind: 'MITIGATION', text: 'Rolled back config 412.', highlight: true },
    { at: at(5), kind: 'DECISION', text: 'Decided to roll back.', highlight: true },
    { at: at(30), kind: 'STATE_CHANGE', text: 'Moved to RESOLVED.', highlight: false },
  ],
  contributingFactors: [
    {
      categoryName: 'Change management',
      description: 'Config pushes skip the canary stage.',
    },
    { categoryName: 'Monitoring gap', description: 'No alert on payment error rate.' },
  ],
  actionItems: [
    {
      title: 'Canary every config push',
      owner: 'Sam Lee',
      team: 'Platform',
      dueAt: at(14 * 1440),
      criterion: 'config pushes without canary = 0 over 30 days',
      kind: 'CLASS_OF_FAILURE',
      state: 'IN_PROGRESS',
      trackerUrl: 'https://tracker.example/PLAT-7',
    },
    {
      title: 'Alert on payment errors',
      owner: 'Jo Park',
      team: 'Payments',
      dueAt: at(7 * 1440 + 90),
      criterion: 'payment error alert fires ≤ 5 min over 1 day',
      kind: 'ONE_OFF',
      state: 'OPEN',
      trackerUrl: null,
    },
  ],
  author: 'Priya Raman',
  publishedAt: at(3 * 1440),
};

describe('postmortemMarkdown', () => {
  it('renders a small postmortem exactly', () => {
    expect(postmortemMarkdown(doc)).toBe(
      [
        '# INC-42: Checkout errors after config push',
        '',
        '**Severity:** SEV1 · **State:** Published · **Published:** 2026-06-04 12:00 UTC · **Author:** Priya Raman',
        '',
        '## Impact',
        '',
        'Checkout failed for about 30% of users.',
        '',
        'Card payments were retried later.',
        '',
        '## Timeline',
        '',
        '| Time (UTC) | Event |',
        '| --- | --- |',
        '| 2026-06-01 12:00 | Problem detected. |',
        '| **2026-06-01 12:05** | **★ Decision: Decided to roll back.** |',
        '| **2026-06-01 12:12** | **★ Mitigation: Rolled back config 412.** |',
        '| 2026-06-01 12:30 | Moved to RESOLVED. |',
        '',
        '## Contributing factors',
        '',
        '- **Change management** — Config pushes skip the canary stage.',
        '- **Monitoring gap** — No alert on payment error rate.',
        '',
        '## Follow-ups',
        '',
        '| Action | Owner | Team | Due (UTC) | Acceptance criterion | Kind | State | Tracker |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Canary every config push | Sam Lee | Platform | 2026-06-15 12:00 | config pushes without canary = 0 over 30 days | Class of failure | In progress | [link](https://tracker.example/PLAT-7) |',
        '| Alert on payment errors | Jo Park | Payments | 2026-06-08 13:30 | payment error alert fires ≤ 5 min over 1 day | One-off | Open | — |',
        '',
      ].join('\n'),
    );
  });

  it('says what is missing in a fresh draft', () => {
    expect(
      postmortemMarkdown({
        ...doc,
        state: 'DRAFT',
        title: ' ',
        impact: '  \n ',
        timeline: [],
        contributingFactors: [],
        actionItems: [],
        author: undefined,
        publishedAt: null,
      }),
    ).toBe(
      [
        '# INC-42: Untitled incident',
        '',
        '**Severity:** SEV1 · **State:** Draft · **Published:** not yet',
        '',
        '## Impact',
        '',
        '_Not described yet._',
        '',
        '## Timeline',
        '',
        'No events recorded.',
        '',
        '## Contributing factors',
        '',
        'None recorded.',
        '',
        '## Follow-ups',
        '',
        'None planned.',
        '',
      ].join('\n'),
    );
  });

  const event = (minute: number, highlight = false) => ({
    at: at(minute),
    kind: highlight ? 'DECISION' : 'NOTE',
    text: `Event at minute ${minute}`,
    highlight,
  });
  const timelineRows = (markdown: string) =>
    markdown
      .split('## Timeline')[1]!
      .split('## Contributing factors')[0]!
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Time') && !l.startsWith('| ---'));

  it('keeps the timeline to 25 rows: every highlight, then the earliest others, in time order', () => {
    const timeline = [
      ...Array.from({ length: 35 }, (_, i) => event(i)),
      event(100, true),
      event(50, true),
    ];
    const markdown = postmortemMarkdown({ ...doc, timeline });
    const rows = timelineRows(markdown);
    expect(rows).toHaveLength(25);
    expect(rows.slice(0, 23)).toEqual(
      Array.from(
        { length: 23 },
        (_, i) =>
          `| ${at(i).toISOString().slice(0, 16).replace('T', ' ')} | Event at minute ${i} |`,
      ),
    );
    expect(rows[23]).toBe('| **2026-06-01 12:50** | **★ Decision: Event at minute 50** |');
    expect(rows[24]).toBe('| **2026-06-01 13:40** | **★ Decision: Event at minute 100** |');
    expect(markdown).toContain(
      'Event at minute 100** |\n\n… 12 more events in Keepwatch\n\n## Contributing factors',
    );
  });

  it('counts a single left-out event in the singular, and shows every highlight even past 25', () => {
    const one = postmortemMarkdown({
      ...doc,
      timeline: Array.from({ length: 26 }, (_, i) => event(i)),
    });
    expect(one).toContain('… 1 more event in Keepwatch\n');
    const exactly = postmortemMarkdown({
      ...doc,
      timeline: Array.from({ length: 25 }, (_, i) => event(i)),
    });
    expect(exactly).not.toContain('more event');
    const decisions = Array.from({ length: 30 }, (_, i) => event(i, true));
    const busy = postmortemMarkdown({ ...doc, timeline: [...decisions, event(99)] });
    expect(timelineRows(busy)).toHaveLength(30);
    expect(busy).toContain('… 1 more event in Keepwatch');
  });

  it('escapes user text so it cannot break the structure', () => {
    const markdown = postmortemMarkdown({
      ...doc,
      title: '# p99 | *all* regions',
      severity: 'SEV|1',
      impact:
        '# Not a heading\n- not a list\n* not a list\n1. not a list\n---\n    not code\n<script>x</script> a|b',
      timeline: [
        { at: at(0), kind: 'NOTE', text: '- a | b\nsecond line', highlight: false },
        { at: at(1), kind: 'DECISION', text: '**Roll** back_now _now_', highlight: true },
      ],
      contributingFactors: [
        { categoryName: '*Config*', description: '# set `pool_size` to 5 | 10' },
      ],
      actionItems: [
        {
          ...doc.actionItems[0]!,
          title: '| broken | table |',
          owner: '\\|',
          trackerUrl: 'https://tracker.example/a|b (c)',
        },
        { ...doc.actionItems[1]!, title: '#1', trackerUrl: 'javascript:alert(1)' },
      ],
    });
    expect(markdown).toContain('# INC-42: \\# p99 \\| \\*all\\* regions\n');
    expect(markdown).toContain('**Severity:** SEV\\|1 ·');
    expect(markdown).toContain(
      [
        '## Impact',
        '',
        '\\# Not a heading',
        '\\- not a list',
        '\\* not a list',
        '1\\. not a list',
        '\\---',
        'not code',
        '\\<script>x\\</script> a\\|b',
      ].join('\n'),
    );
    expect(markdown).toContain('| 2026-06-01 12:00 | \\- a \\| b second line |');
    expect(markdown).toContain('| **★ Decision: \\*\\*Roll\\*\\* back_now \\_now\\_** |');
    expect(markdown).toContain('- **\\*Config\\*** — \\# set \\`pool_size\\` to 5 \\| 10');
    expect(markdown).toContain('| \\| broken \\| table \\| | \\\\\\| | Platform |');
    expect(markdown).toContain('[link](https://tracker.example/a%7Cb%20%28c%29)');
    expect(markdown).toContain('| \\#1 |');
    expect(markdown).toContain('| javascript:alert(1) |');
    expect(markdown).not.toContain('](javascript');
  });

  it('keeps every table row at its column count, whatever the text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const markdown = postmortemMarkdown({
          ...doc,
          title: a,
          timeline: [{ at: at(0), kind: 'DECISION', text: b, highlight: true }],
          actionItems: [
            { ...doc.actionItems[0]!, title: a, owner: b, criterion: c, trackerUrl: c },
          ],
        });
        for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
          const cells = line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
          expect([2, 8]).toContain(cells);
        }
        expect(markdown.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(5);
      }),
    );
  });
});
