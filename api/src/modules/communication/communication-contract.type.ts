import type { Role } from '@keepwatch/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { CommunicationContractEntity } from './communication-contract.entity.js';

@ObjectType({
  description: 'What the tenant promises for incidents of one severity, and who does what.',
})
export class CommunicationContract {
  @Field(() => String, { description: 'Severity key.' })
  severity!: string;

  @Field(() => Int, { description: 'Version; every edit adds one.' })
  version!: number;

  @Field(() => RoleEnum, { description: 'Role that announces status (public updates).' })
  announcerRole!: Role;

  @Field(() => RoleEnum, { description: 'Role that owns technical decisions.' })
  decisionOwnerRole!: Role;

  @Field(() => Int, { description: 'Minutes from declaration to the first public update.' })
  firstPublicUpdateMinutes!: number;

  @Field(() => Int, { description: 'Minutes between public updates.' })
  publicCadenceMinutes!: number;

  @Field(() => Int, { description: 'Minutes between internal updates.' })
  internalCadenceMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes to the executive summary; null: none required.',
  })
  execSummaryMinutes!: number | null;

  @Field(() => Boolean, {
    description: 'Whether incidents of this severity need a published postmortem.',
  })
  postmortemRequired!: boolean;

  @Field(() => Date, { description: 'When this version was made.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Who made it.' })
  createdBy!: string;

  static from(e: CommunicationContractEntity): CommunicationContract {
    const { tenantId: _t, ...visible } = e;
    return Object.assign(new CommunicationContract(), visible);
  }
}
