import { worstStatus, type ComponentStatus } from './component.js';
import { assertValid, type FieldProblem } from './errors.js';

/** Where a scheduled maintenance window stands. COMPLETED and CANCELLED are final. */
export const MAINTENANCE_STATES = ['SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

export interface MaintenanceWindow {
  scheduledFor: Date;
  scheduledUntil: Date;
  /** When someone marked it done, possibly before scheduledUntil. */
  completedAt: Date | null;
  /** When someone called it off. */
  cancelledAt: Date | null;
}

/**
 * The state of a window at `now`: CANCELLED once cancelled (whenever that was); otherwise
 * COMPLETED once completedAt or scheduledUntil is reached; IN_PROGRESS from scheduledFor on;
 * SCHEDULED before that. Boundaries belong to the later state.
 */
export function maintenanceState(w: MaintenanceWindow, now: Date): MaintenanceState {
  const t = now.getTime();
  if (w.cancelledAt !== null) return 'CANCELLED';
  if ((w.completedAt !== null && w.completedAt.getTime() <= t) || w.scheduledUntil.getTime() <= t) {
    return 'COMPLETED';
  }
  if (w.scheduledFor.getTime() <= t) return 'IN_PROGRESS';
  return 'SCHEDULED';
}

/**
 * The status a component shows: under maintenance it shows UNDER_MAINTENANCE unless its own status
 * is worse (an outage during maintenance still shows as the outage).
 */
export function effectiveStatus(status: ComponentStatus, inMaintenance: boolean): ComponentStatus {
  return inMaintenance ? worstStatus([status, 'UNDER_MAINTENANCE']) : status;
}

/** The longest a maintenance window may last: 7 days. */
export const MAX_MAINTENANCE_MS = 7 * 24 * 3600_000;

const MAX_TITLE_LENGTH = 200;

/**
 * Throws one VALIDATION_FAILED listing every problem with a new or rescheduled window: a title that
 * is blank or longer than 200 characters (counted after trimming, in Unicode code points), an end
 * not after the start, an end not in the future, a window longer than 7 days, no components, or a
 * component listed twice. The start may be in the past (work already under way).
 */
export function assertMaintenanceWindow(
  input: {
    title: string;
    scheduledFor: Date;
    scheduledUntil: Date;
    componentIds: readonly string[];
  },
  now: Date,
): void {
  const problems: FieldProblem[] = [];
  const title = input.title.trim();
  if (title === '') {
    problems.push({ field: 'title', rule: 'required', message: 'title must not be blank' });
  } else if ([...title].length > MAX_TITLE_LENGTH) {
    problems.push({
      field: 'title',
      rule: 'maxLength',
      message: `title must be at most ${MAX_TITLE_LENGTH} characters`,
    });
  }

  const from = input.scheduledFor.getTime();
  const until = input.scheduledUntil.getTime();
  if (!(until > from)) {
    problems.push({
      field: 'scheduledUntil',
      rule: 'afterStart',
      message: 'scheduledUntil must be after scheduledFor',
    });
  } else if (until - from > MAX_MAINTENANCE_MS) {
    problems.push({
      field: 'scheduledUntil',
      rule: 'maxDuration',
      message: 'scheduledUntil must be at most 7 days after scheduledFor',
    });
  }
  if (!(until > now.getTime())) {
    problems.push({
      field: 'scheduledUntil',
      rule: 'future',
      message: 'scheduledUntil must be in the future',
    });
  }

  if (input.componentIds.length === 0) {
    problems.push({
      field: 'componentIds',
      rule: 'required',
      message: 'componentIds must list at least one component',
    });
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of input.componentIds) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  if (duplicates.size > 0) {
    problems.push({
      field: 'componentIds',
      rule: 'unique',
      message: `componentIds must not list a component more than once (${[...duplicates].join(', ')})`,
    });
  }

  assertValid(problems);
}
