import { Foundation1764300000000 } from './1764300000000-foundation.js';
import { Incidents1764400000000 } from './1764400000000-incidents.js';
import { TokenExpiry1764500000000 } from './1764500000000-token-expiry.js';
import { CommunicationContracts1764600000000 } from './1764600000000-communication-contracts.js';
import { CommunicationReminders1764700000000 } from './1764700000000-communication-reminders.js';
import { StatusPage1764800000000 } from './1764800000000-status-page.js';
import { Postmortems1764900000000 } from './1764900000000-postmortems.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  Foundation1764300000000,
  Incidents1764400000000,
  TokenExpiry1764500000000,
  CommunicationContracts1764600000000,
  CommunicationReminders1764700000000,
  StatusPage1764800000000,
  Postmortems1764900000000,
];
