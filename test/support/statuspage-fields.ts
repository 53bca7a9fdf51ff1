/**
 * Atlassian Statuspage's documented public API v2 fields and enum values (metastatuspage.com/api/v2
 * and the responses of hosted pages), spelt out on purpose: a missing, extra or misspelt key fails
 * the tests that compare against them (the site's unit tests and the end-to-end tests).
 */
export const PAGE_KEYS = ['id', 'name', 'url', 'time_zone', 'updated_at'];
export const COMPONENT_KEYS = [
  'id',
  'name',
  'status',
  'created_at',
  'updated_at',
  'position',
  'description',
  'showcase',
  'start_date',
  'group_id',
  'page_id',
  'group',
  'only_show_if_degraded',
];
export const GROUP_COMPONENT_KEYS = [...COMPONENT_KEYS, 'components'];
export const INCIDENT_KEYS = [
  'id',
  'name',
  'status',
  'created_at',
  'updated_at',
  'monitoring_at',
  'resolved_at',
  'impact',
  'shortlink',
  'started_at',
  'page_id',
  'incident_updates',
  'components',
];
export const MAINTENANCE_KEYS = [...INCIDENT_KEYS, 'scheduled_for', 'scheduled_until'];
export const UPDATE_KEYS = [
  'id',
  'status',
  'body',
  'incident_id',
  'created_at',
  'updated_at',
  'display_at',
  'affected_components',
  'deliver_notifications',
  'custom_tweet',
  'tweet_id',
];
export const STATUS_KEYS = ['indicator', 'description'];
/** Keepwatch's own keys, on unresolved incidents only. */
export const EXTRA_INCIDENT_KEYS = ['next_update_due_at', 'update_overdue_by_seconds'];
export const OPEN_INCIDENT_KEYS = [...INCIDENT_KEYS, ...EXTRA_INCIDENT_KEYS];

export const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
];
export const INDICATORS = ['none', 'minor', 'major', 'critical'];
export const INCIDENT_STATUSES = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
];
export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'];
export const IMPACTS = ['none', 'minor', 'major', 'critical', 'maintenance'];
