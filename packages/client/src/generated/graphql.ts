/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Public status of a component (the same values as Atlassian Statuspage). */
export type ComponentStatus =
  /** Working, but slow or with errors for some users. */
  | 'DEGRADED_PERFORMANCE'
  /** Down for most or all users. */
  | 'MAJOR_OUTAGE'
  /** Working normally. */
  | 'OPERATIONAL'
  /** Down for some users or some functions. */
  | 'PARTIAL_OUTAGE'
  /** In a scheduled maintenance window. */
  | 'UNDER_MAINTENANCE';

/** A new public status for a component. */
export type ComponentStatusInput = {
  /** The component. */
  componentId: string | number;
  /** Its new status. */
  status: ComponentStatus;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** When it stops working; never if omitted. */
  expiresAt?: string | null | undefined;
  /** What the token is for, 1–120 characters. */
  name: string;
  /** What the token may do. */
  role: Role;
};

/** A new component. */
export type CreateComponentInput = {
  /** Description, up to 500 characters. */
  description?: string;
  /** Group name, 1–120 characters. */
  group?: string | null | undefined;
  /** Name, 1–120 characters, unique within the tenant. */
  name: string;
  /** Order on the page (ascending), 0–10000. */
  position?: number;
};

/** A new incident. */
export type DeclareIncidentInput = {
  /** Affected components. */
  componentIds?: Array<string | number>;
  /** Status to show for the affected components; unchanged if omitted. */
  componentStatus?: ComponentStatus | null | undefined;
  /** When the problem was detected. */
  detectedAt?: string | null | undefined;
  /** User-visible impact. */
  impact: ImpactInput;
  /** When users started to be affected. */
  impactStartedAt?: string | null | undefined;
  /** Severity key from the tenant scale, e.g. SEV2. */
  severity: string;
  /** First summary, up to 5000 characters. */
  summary?: string | null | undefined;
  /** What is broken for users, 1–200 characters. */
  title: string;
};

/** What users experience, as far as is known. */
export type ImpactInput = {
  /** A critical user journey is broken. */
  criticalJourneyBroken?: boolean;
  /** Customer data is at risk. */
  dataAtRisk?: boolean;
  /** Share of users affected, 0–100. */
  usersAffectedPct?: number;
};

/** Which incidents to list; all when empty. */
export type IncidentFilter = {
  /** true: not resolved; false: resolved. */
  open?: boolean | null | undefined;
  /** Only these severity keys. */
  severities?: Array<string> | null | undefined;
  /** Only these states. */
  states?: Array<IncidentState> | null | undefined;
};

/** Where an incident is in its lifecycle. */
export type IncidentState =
  /** The cause is known; a fix is being worked on. */
  | 'IDENTIFIED'
  /** Impact is known; the cause is not. */
  | 'INVESTIGATING'
  /** A fix or mitigation is in place and being watched. */
  | 'MONITORING'
  /** Over. Final: nothing leaves this state. */
  | 'RESOLVED';

/** Where a maintenance window is, judged at the time of reading. */
export type MaintenanceState =
  /** Called off; no longer shown to the public. */
  | 'CANCELLED'
  /** Over, as scheduled or ended early. */
  | 'COMPLETED'
  /** Started: its components show UNDER_MAINTENANCE. */
  | 'IN_PROGRESS'
  /** Announced; not started yet. */
  | 'SCHEDULED';

/** A status update, public (status page) or internal. */
export type PostStatusUpdateInput = {
  /** The update, 1–5000 characters. */
  body: string;
  /** Component statuses to set. */
  componentStatuses?: Array<ComponentStatusInput>;
  /** The incident. */
  incidentId: string | number;
  /** Moves the incident to this state as well. */
  state?: IncidentState | null | undefined;
  /** Who may read it. */
  visibility: Visibility;
};

/** An incident's impact as the public sees it (Atlassian Statuspage's scale). */
export type PublicImpact =
  /** Critical impact (the most severe level). */
  | 'CRITICAL'
  /** Major impact (second severity). */
  | 'MAJOR'
  /** Minor impact (third severity). */
  | 'MINOR'
  /** No noticeable impact (lowest severities). */
  | 'NONE';

/** Which defaults fit the tenant's risk. */
export type RiskProfile =
  /** Communication latency first: tight public-update deadlines. */
  | 'CONSUMER'
  /** Evidence first: tamper-evident timelines, retention, export. */
  | 'REGULATED'
  /** Balanced defaults. */
  | 'STANDARD';

/** What a member or API token may do. ADMIN may do everything the others may. */
export type Role =
  /** Manages the tenant: members, tokens, components, contracts. */
  | 'ADMIN'
  /** Owns technical decisions during an incident. */
  | 'COMMANDER'
  /** Announces status to customers and stakeholders. */
  | 'COMMUNICATIONS'
  /** Works incidents: timeline events, mitigations, internal updates. */
  | 'RESPONDER'
  /** Reads incidents, metrics and settings. */
  | 'VIEWER';

/** What a timeline event records. */
export type TimelineKind =
  /** A change or deploy. details: {description, reference} */
  | 'CHANGE'
  /** Supersedes an earlier event, which stays. details: {reason, correction} */
  | 'CORRECTION'
  /** A decision point. details: {question, options, choice, rationale, reversible, decidedBy} */
  | 'DECISION'
  /** The incident was declared. details: {title, severity, summary} */
  | 'DECLARATION'
  /** When the problem was detected. details: {} */
  | 'DETECTION'
  /** A summary for executives. details: {body} */
  | 'EXECUTIVE_SUMMARY'
  /** A mitigation. details: {type, description, reversible, revertPlan, timeBoxMinutes, outcome, decisionId} */
  | 'MITIGATION'
  /** Anything else worth keeping. details: {body} */
  | 'NOTE'
  /** Someone took a role. details: {role, memberId, memberName} */
  | 'ROLE_ASSIGNMENT'
  /** Severity decided by the commander. details: {from, to, reason} */
  | 'SEVERITY_CHANGE'
  /** Lifecycle move. details: {from, to, note} */
  | 'STATE_CHANGE'
  /** A public or internal update. details: {body, state, componentStatuses} */
  | 'STATUS_UPDATE';

/** Who may see a timeline event. */
export type Visibility =
  /** The tenant only. */
  | 'INTERNAL'
  /** Customers, on the status page. */
  | 'PUBLIC';

export type ComponentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComponentsQuery = { components: Array<{ id: string, name: string, description: string, group: string | null, position: number, status: ComponentStatus, updatedAt: string }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, role: Role, createdAt: string, createdBy: string, expiresAt: string | null } } };

export type CreateComponentMutationVariables = Exact<{
  input: CreateComponentInput;
}>;


export type CreateComponentMutation = { createComponent: { id: string, name: string, description: string, group: string | null, position: number, status: ComponentStatus, updatedAt: string } };

export type DeclareIncidentMutationVariables = Exact<{
  input: DeclareIncidentInput;
}>;


export type DeclareIncidentMutation = { declareIncident: { id: string, number: number, state: IncidentState, severity: string } };

export type IncidentEventsSubscriptionVariables = Exact<{
  incidentId?: string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type IncidentEventsSubscription = { incidentEvents: { position: string, type: string, createdAt: string, incident: { id: string, number: number, title: string, state: IncidentState, severity: string }, timelineEvent: { id: string, kind: TimelineKind, occurredAt: string, visibility: Visibility, details: unknown } | null } };

export type IncidentsQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { nodes: Array<{ id: string, number: number, title: string, state: IncidentState, severity: string, declaredAt: string, resolvedAt: string | null, componentIds: Array<string>, latestUpdate: { occurredAt: string, visibility: Visibility, details: unknown } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { members: Array<{ id: string, email: string, name: string, role: Role, createdAt: string }> };

export type PostStatusUpdateMutationVariables = Exact<{
  input: PostStatusUpdateInput;
}>;


export type PostStatusUpdateMutation = { postStatusUpdate: { id: string, state: IncidentState } };

export type StatusPageQueryVariables = Exact<{
  slug: string;
}>;


export type StatusPageQuery = { statusPage: { slug: string, name: string, host: string | null, timeZone: string, status: ComponentStatus, asOf: string, uptimeMethod: string, historyMonths: Array<string>, components: Array<{ id: string, name: string, description: string, group: string | null, position: number, status: ComponentStatus, createdAt: string, updatedAt: string }>, uptime: Array<{ componentId: string, ratio: number | null, days: Array<{ date: string, ratio: number | null, worstStatus: ComponentStatus | null }> }>, incidents: Array<{ id: string, title: string, state: IncidentState, impact: PublicImpact, declaredAt: string, startedAt: string, updatedAt: string, monitoringAt: string | null, resolvedAt: string | null, nextUpdateDueAt: string | null, updateOverdueBySeconds: number, components: Array<{ id: string, name: string }>, updates: Array<{ id: string, body: string, state: IncidentState, postedAt: string, correctedAt: string | null }> }>, recentIncidents: Array<{ id: string, title: string, state: IncidentState, impact: PublicImpact, declaredAt: string, startedAt: string, updatedAt: string, monitoringAt: string | null, resolvedAt: string | null, nextUpdateDueAt: string | null, updateOverdueBySeconds: number, components: Array<{ id: string, name: string }>, updates: Array<{ id: string, body: string, state: IncidentState, postedAt: string, correctedAt: string | null }> }>, maintenances: Array<{ id: string, title: string, description: string, state: MaintenanceState, scheduledFor: string, scheduledUntil: string, createdAt: string, updatedAt: string, completedAt: string | null, components: Array<{ id: string, name: string }> }> } | null };

export type PublicIncidentFieldsFragment = { id: string, title: string, state: IncidentState, impact: PublicImpact, declaredAt: string, startedAt: string, updatedAt: string, monitoringAt: string | null, resolvedAt: string | null, nextUpdateDueAt: string | null, updateOverdueBySeconds: number, components: Array<{ id: string, name: string }>, updates: Array<{ id: string, body: string, state: IncidentState, postedAt: string, correctedAt: string | null }> };

export type StatusPageChangedSubscriptionVariables = Exact<{
  slug: string;
}>;


export type StatusPageChangedSubscription = { statusPageChanged: { slug: string, position: string, type: string } };

export type StatusPageHistoryQueryVariables = Exact<{
  slug: string;
  month: string;
}>;


export type StatusPageHistoryQuery = { statusPageHistory: Array<{ id: string, title: string, state: IncidentState, impact: PublicImpact, declaredAt: string, startedAt: string, updatedAt: string, monitoringAt: string | null, resolvedAt: string | null, nextUpdateDueAt: string | null, updateOverdueBySeconds: number, components: Array<{ id: string, name: string }>, updates: Array<{ id: string, body: string, state: IncidentState, postedAt: string, correctedAt: string | null }> }> | null };

export type StatusPageHostQueryVariables = Exact<{
  host: string;
}>;


export type StatusPageHostQuery = { statusPageSlug: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { tokenId: string, role: Role }, tenant: { id: string, slug: string, name: string, riskProfile: RiskProfile } };

export const PublicIncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdueBySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]} as unknown as DocumentNode<PublicIncidentFieldsFragment, unknown>;
export const ComponentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ComponentsQuery, ComponentsQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const CreateComponentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComponent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateComponentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComponent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CreateComponentMutation, CreateComponentMutationVariables>;
export const DeclareIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<DeclareIncidentMutation, DeclareIncidentMutationVariables>;
export const IncidentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncidentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timelineEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentEventsSubscription, IncidentEventsSubscriptionVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"componentIds"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const PostStatusUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostStatusUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostStatusUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postStatusUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PostStatusUpdateMutation, PostStatusUpdateMutationVariables>;
export const StatusPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeMethod"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uptime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"componentId"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"worstStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicIncidentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicIncidentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"historyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maintenances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdueBySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]} as unknown as DocumentNode<StatusPageQuery, StatusPageQueryVariables>;
export const StatusPageChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StatusPageChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusPageChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<StatusPageChangedSubscription, StatusPageChangedSubscriptionVariables>;
export const StatusPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusPageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusPageHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicIncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdueBySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]} as unknown as DocumentNode<StatusPageHistoryQuery, StatusPageHistoryQueryVariables>;
export const StatusPageHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusPageHost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusPageSlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"host"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}]}]}}]} as unknown as DocumentNode<StatusPageHostQuery, StatusPageHostQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskProfile"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;