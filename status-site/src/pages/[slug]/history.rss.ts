import { feedRoute } from '../../lib/feed-route.ts';
import { rssFeed } from '../../lib/feeds.ts';

export const GET = feedRoute('application/rss+xml', rssFeed);
