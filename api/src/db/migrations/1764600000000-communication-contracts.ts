import type { MigrationInterface, QueryRunner } from 'typeorm';
import { presetContract, RISK_PROFILES } from '@keepwatch/domain';
import { tenantTable } from './rls.js';

/**
 * Communication contracts, versioned: editing one adds a version, so an incident is always judged
 * by the version in force when it was declared.
 */
export class CommunicationContracts1764600000000 implements MigrationInterface {
  name = 'CommunicationContracts1764600000000';

  async up(db: QueryRunner): Promise<void> {
    const role = `text NOT NULL CHECK (%s IN ('VIEWER', 'RESPONDER', 'COMMANDER', 'COMMUNICATIONS', 'ADMIN'))`;
    const minutes = (column: string, nullable = false) =>
      `${column} integer ${nullable ? '' : 'NOT NULL'} CHECK (${column} BETWEEN 1 AND 10080)`;
    await db.query(`
      CREATE TABLE communication_contracts (
        tenant_id uuid NOT NULL,
        severity text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        announcer_role ${role.replace('%s', 'announcer_role')},
        decision_owner_role ${role.replace('%s', 'decision_owner_role')},
        ${minutes('first_public_update_minutes')},
        ${minutes('public_cadence_minutes')},
        ${minutes('internal_cadence_minutes')},
        ${minutes('exec_summary_minutes', true)},
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        PRIMARY KEY (tenant_id, severity, version),
        FOREIGN KEY (tenant_id, severity) REFERENCES severity_levels (tenant_id, key)
      );
    `);
    await db.query(tenantTable('communication_contracts', 'SELECT, INSERT'));

    // Existing tenants get their risk profile's presets as version 1. RLS is forced even for the
    // owner, so the backfill lifts the force for its own statements only.
    const presets = RISK_PROFILES.flatMap((profile) =>
      [1, 2, 3, 4].map((rank) => ({ profile, rank, ...presetContract(profile, '', rank) })),
    );
    await db.query(`ALTER TABLE tenants NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE severity_levels NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE communication_contracts NO FORCE ROW LEVEL SECURITY;`);
    await db.query(
      `INSERT INTO communication_contracts (tenant_id, severity, version, announcer_role,
         decision_owner_role, first_public_update_minutes, public_cadence_minutes,
         internal_cadence_minutes, exec_summary_minutes, created_by)
       SELECT s.tenant_id, s.key, 1, p."announcerRole", p."decisionOwnerRole",
              p."firstPublicUpdateMinutes", p."publicCadenceMinutes", p."internalCadenceMinutes",
              p."execSummaryMinutes", 'preset ' || t.risk_profile
         FROM severity_levels s
         JOIN tenants t ON t.id = s.tenant_id
         JOIN jsonb_to_recordset($1::jsonb) AS p(profile text, rank integer, "announcerRole" text,
              "decisionOwnerRole" text, "firstPublicUpdateMinutes" integer,
              "publicCadenceMinutes" integer, "internalCadenceMinutes" integer,
              "execSummaryMinutes" integer)
           ON p.profile = t.risk_profile AND p.rank = least(s.rank, 4)`,
      [JSON.stringify(presets)],
    );
    await db.query(`ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
      ALTER TABLE severity_levels FORCE ROW LEVEL SECURITY;
      ALTER TABLE communication_contracts FORCE ROW LEVEL SECURITY;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE communication_contracts');
  }
}
