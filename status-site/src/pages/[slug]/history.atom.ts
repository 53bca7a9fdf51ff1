import { feedRoute } from '../../lib/feed-route.ts';
import { atomFeed } from '../../lib/feeds.ts';

export const GET = feedRoute('application/atom+xml', atomFeed);
