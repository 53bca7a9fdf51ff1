/**
 * The page's only script, and an optional one: the HTML is complete without it. It keeps the
 * promised-update countdowns and the age of a stale snapshot current (from the times in the page,
 * so it keeps working when the servers do not) and, through Server-Sent Events, swaps in the
 * server's new rendering of the page whenever its status changes.
 */
import { age, promiseWords } from '../lib/time.ts';

function tick(): void {
  const now = Date.now();
  for (const el of document.querySelectorAll<HTMLElement>('[data-due]')) {
    const words = promiseWords(Date.parse(el.dataset.due ?? ''), now);
    const lead = el.querySelector('.lead');
    const tail = el.querySelector('.tail');
    // Only on change: an aria-live region announces every write.
    if (lead && lead.textContent !== words.lead) lead.textContent = words.lead;
    if (tail && tail.textContent !== words.tail) tail.textContent = words.tail;
    el.classList.toggle('overdue', words.overdue);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-since]')) {
    const text = age(now - Date.parse(el.dataset.since ?? ''));
    if (el.textContent !== text) el.textContent = text;
  }
}

async function reload(): Promise<void> {
  const response = await fetch(location.href, { cache: 'no-store' });
  if (!response.ok && response.status !== 503) return;
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  const main = next.querySelector('main');
  if (!main) return;
  document.querySelector('main')?.replaceWith(main);
  document.title = next.title;
  tick();
}

tick();
setInterval(tick, 15_000);

const events = document.body.dataset.events;
if (events && 'EventSource' in window) {
  const source = new EventSource(events);
  source.addEventListener('change', () => void reload());
  source.addEventListener('open', () => (document.body.dataset.live = 'on'));
  source.addEventListener('error', () => (document.body.dataset.live = 'off'));
}
