/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Components {\n  components {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}": typeof types.ComponentsDocument,
    "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n      role\n      createdAt\n      createdBy\n      expiresAt\n    }\n  }\n}": typeof types.CreateApiTokenDocument,
    "mutation CreateComponent($input: CreateComponentInput!) {\n  createComponent(input: $input) {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}": typeof types.CreateComponentDocument,
    "mutation DeclareIncident($input: DeclareIncidentInput!) {\n  declareIncident(input: $input) {\n    id\n    number\n    state\n    severity\n  }\n}": typeof types.DeclareIncidentDocument,
    "subscription IncidentEvents($incidentId: ID, $after: ID) {\n  incidentEvents(incidentId: $incidentId, after: $after) {\n    position\n    type\n    createdAt\n    incident {\n      id\n      number\n      title\n      state\n      severity\n    }\n    timelineEvent {\n      id\n      kind\n      occurredAt\n      visibility\n      details\n    }\n  }\n}": typeof types.IncidentEventsDocument,
    "query Incidents($filter: IncidentFilter, $first: Int = 20, $after: String) {\n  incidents(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      number\n      title\n      state\n      severity\n      declaredAt\n      resolvedAt\n      componentIds\n      latestUpdate {\n        occurredAt\n        visibility\n        details\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.IncidentsDocument,
    "query Members {\n  members {\n    id\n    email\n    name\n    role\n    createdAt\n  }\n}": typeof types.MembersDocument,
    "mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n  postStatusUpdate(input: $input) {\n    id\n    state\n  }\n}": typeof types.PostStatusUpdateDocument,
    "query StatusPage($slug: String!) {\n  statusPage(slug: $slug) {\n    slug\n    name\n    host\n    timeZone\n    status\n    asOf\n    uptimeMethod\n    components {\n      id\n      name\n      description\n      group\n      position\n      status\n      createdAt\n      updatedAt\n    }\n    uptime {\n      componentId\n      ratio\n      days {\n        date\n        ratio\n        worstStatus\n      }\n    }\n    incidents {\n      ...PublicIncidentFields\n    }\n    recentIncidents {\n      ...PublicIncidentFields\n    }\n    historyMonths\n    maintenances {\n      id\n      title\n      description\n      state\n      scheduledFor\n      scheduledUntil\n      createdAt\n      updatedAt\n      completedAt\n      components {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment PublicIncidentFields on PublicIncident {\n  id\n  title\n  state\n  impact\n  declaredAt\n  startedAt\n  updatedAt\n  monitoringAt\n  resolvedAt\n  nextUpdateDueAt\n  updateOverdueBySeconds\n  components {\n    id\n    name\n  }\n  updates {\n    id\n    body\n    state\n    postedAt\n    correctedAt\n  }\n}": typeof types.StatusPageDocument,
    "subscription StatusPageChanged($slug: String!) {\n  statusPageChanged(slug: $slug) {\n    slug\n    position\n    type\n  }\n}": typeof types.StatusPageChangedDocument,
    "query StatusPageHistory($slug: String!, $month: String!) {\n  statusPageHistory(slug: $slug, month: $month) {\n    ...PublicIncidentFields\n  }\n}": typeof types.StatusPageHistoryDocument,
    "query StatusPageHost($host: String!) {\n  statusPageSlug(host: $host)\n}": typeof types.StatusPageHostDocument,
    "query Viewer {\n  viewer {\n    tokenId\n    role\n  }\n  tenant {\n    id\n    slug\n    name\n    riskProfile\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "query Components {\n  components {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}": types.ComponentsDocument,
    "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n      role\n      createdAt\n      createdBy\n      expiresAt\n    }\n  }\n}": types.CreateApiTokenDocument,
    "mutation CreateComponent($input: CreateComponentInput!) {\n  createComponent(input: $input) {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}": types.CreateComponentDocument,
    "mutation DeclareIncident($input: DeclareIncidentInput!) {\n  declareIncident(input: $input) {\n    id\n    number\n    state\n    severity\n  }\n}": types.DeclareIncidentDocument,
    "subscription IncidentEvents($incidentId: ID, $after: ID) {\n  incidentEvents(incidentId: $incidentId, after: $after) {\n    position\n    type\n    createdAt\n    incident {\n      id\n      number\n      title\n      state\n      severity\n    }\n    timelineEvent {\n      id\n      kind\n      occurredAt\n      visibility\n      details\n    }\n  }\n}": types.IncidentEventsDocument,
    "query Incidents($filter: IncidentFilter, $first: Int = 20, $after: String) {\n  incidents(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      number\n      title\n      state\n      severity\n      declaredAt\n      resolvedAt\n      componentIds\n      latestUpdate {\n        occurredAt\n        visibility\n        details\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.IncidentsDocument,
    "query Members {\n  members {\n    id\n    email\n    name\n    role\n    createdAt\n  }\n}": types.MembersDocument,
    "mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n  postStatusUpdate(input: $input) {\n    id\n    state\n  }\n}": types.PostStatusUpdateDocument,
    "query StatusPage($slug: String!) {\n  statusPage(slug: $slug) {\n    slug\n    name\n    host\n    timeZone\n    status\n    asOf\n    uptimeMethod\n    components {\n      id\n      name\n      description\n      group\n      position\n      status\n      createdAt\n      updatedAt\n    }\n    uptime {\n      componentId\n      ratio\n      days {\n        date\n        ratio\n        worstStatus\n      }\n    }\n    incidents {\n      ...PublicIncidentFields\n    }\n    recentIncidents {\n      ...PublicIncidentFields\n    }\n    historyMonths\n    maintenances {\n      id\n      title\n      description\n      state\n      scheduledFor\n      scheduledUntil\n      createdAt\n      updatedAt\n      completedAt\n      components {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment PublicIncidentFields on PublicIncident {\n  id\n  title\n  state\n  impact\n  declaredAt\n  startedAt\n  updatedAt\n  monitoringAt\n  resolvedAt\n  nextUpdateDueAt\n  updateOverdueBySeconds\n  components {\n    id\n    name\n  }\n  updates {\n    id\n    body\n    state\n    postedAt\n    correctedAt\n  }\n}": types.StatusPageDocument,
    "subscription StatusPageChanged($slug: String!) {\n  statusPageChanged(slug: $slug) {\n    slug\n    position\n    type\n  }\n}": types.StatusPageChangedDocument,
    "query StatusPageHistory($slug: String!, $month: String!) {\n  statusPageHistory(slug: $slug, month: $month) {\n    ...PublicIncidentFields\n  }\n}": types.StatusPageHistoryDocument,
    "query StatusPageHost($host: String!) {\n  statusPageSlug(host: $host)\n}": types.StatusPageHostDocument,
    "query Viewer {\n  viewer {\n    tokenId\n    role\n  }\n  tenant {\n    id\n    slug\n    name\n    riskProfile\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Components {\n  components {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}"): (typeof documents)["query Components {\n  components {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n      role\n      createdAt\n      createdBy\n      expiresAt\n    }\n  }\n}"): (typeof documents)["mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n      role\n      createdAt\n      createdBy\n      expiresAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateComponent($input: CreateComponentInput!) {\n  createComponent(input: $input) {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}"): (typeof documents)["mutation CreateComponent($input: CreateComponentInput!) {\n  createComponent(input: $input) {\n    id\n    name\n    description\n    group\n    position\n    status\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclareIncident($input: DeclareIncidentInput!) {\n  declareIncident(input: $input) {\n    id\n    number\n    state\n    severity\n  }\n}"): (typeof documents)["mutation DeclareIncident($input: DeclareIncidentInput!) {\n  declareIncident(input: $input) {\n    id\n    number\n    state\n    severity\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IncidentEvents($incidentId: ID, $after: ID) {\n  incidentEvents(incidentId: $incidentId, after: $after) {\n    position\n    type\n    createdAt\n    incident {\n      id\n      number\n      title\n      state\n      severity\n    }\n    timelineEvent {\n      id\n      kind\n      occurredAt\n      visibility\n      details\n    }\n  }\n}"): (typeof documents)["subscription IncidentEvents($incidentId: ID, $after: ID) {\n  incidentEvents(incidentId: $incidentId, after: $after) {\n    position\n    type\n    createdAt\n    incident {\n      id\n      number\n      title\n      state\n      severity\n    }\n    timelineEvent {\n      id\n      kind\n      occurredAt\n      visibility\n      details\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Incidents($filter: IncidentFilter, $first: Int = 20, $after: String) {\n  incidents(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      number\n      title\n      state\n      severity\n      declaredAt\n      resolvedAt\n      componentIds\n      latestUpdate {\n        occurredAt\n        visibility\n        details\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Incidents($filter: IncidentFilter, $first: Int = 20, $after: String) {\n  incidents(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      number\n      title\n      state\n      severity\n      declaredAt\n      resolvedAt\n      componentIds\n      latestUpdate {\n        occurredAt\n        visibility\n        details\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Members {\n  members {\n    id\n    email\n    name\n    role\n    createdAt\n  }\n}"): (typeof documents)["query Members {\n  members {\n    id\n    email\n    name\n    role\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n  postStatusUpdate(input: $input) {\n    id\n    state\n  }\n}"): (typeof documents)["mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n  postStatusUpdate(input: $input) {\n    id\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusPage($slug: String!) {\n  statusPage(slug: $slug) {\n    slug\n    name\n    host\n    timeZone\n    status\n    asOf\n    uptimeMethod\n    components {\n      id\n      name\n      description\n      group\n      position\n      status\n      createdAt\n      updatedAt\n    }\n    uptime {\n      componentId\n      ratio\n      days {\n        date\n        ratio\n        worstStatus\n      }\n    }\n    incidents {\n      ...PublicIncidentFields\n    }\n    recentIncidents {\n      ...PublicIncidentFields\n    }\n    historyMonths\n    maintenances {\n      id\n      title\n      description\n      state\n      scheduledFor\n      scheduledUntil\n      createdAt\n      updatedAt\n      completedAt\n      components {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment PublicIncidentFields on PublicIncident {\n  id\n  title\n  state\n  impact\n  declaredAt\n  startedAt\n  updatedAt\n  monitoringAt\n  resolvedAt\n  nextUpdateDueAt\n  updateOverdueBySeconds\n  components {\n    id\n    name\n  }\n  updates {\n    id\n    body\n    state\n    postedAt\n    correctedAt\n  }\n}"): (typeof documents)["query StatusPage($slug: String!) {\n  statusPage(slug: $slug) {\n    slug\n    name\n    host\n    timeZone\n    status\n    asOf\n    uptimeMethod\n    components {\n      id\n      name\n      description\n      group\n      position\n      status\n      createdAt\n      updatedAt\n    }\n    uptime {\n      componentId\n      ratio\n      days {\n        date\n        ratio\n        worstStatus\n      }\n    }\n    incidents {\n      ...PublicIncidentFields\n    }\n    recentIncidents {\n      ...PublicIncidentFields\n    }\n    historyMonths\n    maintenances {\n      id\n      title\n      description\n      state\n      scheduledFor\n      scheduledUntil\n      createdAt\n      updatedAt\n      completedAt\n      components {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment PublicIncidentFields on PublicIncident {\n  id\n  title\n  state\n  impact\n  declaredAt\n  startedAt\n  updatedAt\n  monitoringAt\n  resolvedAt\n  nextUpdateDueAt\n  updateOverdueBySeconds\n  components {\n    id\n    name\n  }\n  updates {\n    id\n    body\n    state\n    postedAt\n    correctedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StatusPageChanged($slug: String!) {\n  statusPageChanged(slug: $slug) {\n    slug\n    position\n    type\n  }\n}"): (typeof documents)["subscription StatusPageChanged($slug: String!) {\n  statusPageChanged(slug: $slug) {\n    slug\n    position\n    type\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusPageHistory($slug: String!, $month: String!) {\n  statusPageHistory(slug: $slug, month: $month) {\n    ...PublicIncidentFields\n  }\n}"): (typeof documents)["query StatusPageHistory($slug: String!, $month: String!) {\n  statusPageHistory(slug: $slug, month: $month) {\n    ...PublicIncidentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusPageHost($host: String!) {\n  statusPageSlug(host: $host)\n}"): (typeof documents)["query StatusPageHost($host: String!) {\n  statusPageSlug(host: $host)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    tokenId\n    role\n  }\n  tenant {\n    id\n    slug\n    name\n    riskProfile\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    tokenId\n    role\n  }\n  tenant {\n    id\n    slug\n    name\n    riskProfile\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;