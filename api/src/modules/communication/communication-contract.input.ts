import { Field, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'New terms for one severity. Saved as a new version: incidents already declared keep the version they had.',
})
export class UpdateCommunicationContractInput {
  @Field(() => String, { description: 'Severity key, e.g. SEV1.' })
  severity!: string;

  @Field(() => String, {
    description:
      'Role that announces status (VIEWER, RESPONDER, COMMANDER, COMMUNICATIONS, ADMIN).',
  })
  announcerRole!: string;

  @Field(() => String, { description: 'Role that owns technical decisions.' })
  decisionOwnerRole!: string;

  @Field(() => Int, {
    description: 'Minutes from declaration to the first public update (1–10080).',
  })
  firstPublicUpdateMinutes!: number;

  @Field(() => Int, { description: 'Minutes between public updates (1–10080).' })
  publicCadenceMinutes!: number;

  @Field(() => Int, { description: 'Minutes between internal updates (1–10080).' })
  internalCadenceMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes from declaration to the executive summary; omitted: none required.',
  })
  execSummaryMinutes?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether incidents of this severity need a published postmortem; omitted: unchanged.',
  })
  postmortemRequired?: boolean | null;
}
