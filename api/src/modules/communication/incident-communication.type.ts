import { Field, Int, ObjectType } from 'type-graphql';
import type { Breach, PromiseState } from '@keepwatch/domain';
import type { IncidentCommunication as Status } from './incident-communication.js';

const seconds = (ms: number) => Math.round(ms / 1000);

@ObjectType({
  description: 'A promise that was missed: due then, kept then (or not yet), late by that much.',
})
export class CommunicationBreach {
  @Field(() => String, { description: 'PUBLIC_UPDATE, INTERNAL_UPDATE or EXEC_SUMMARY.' })
  promise!: string;

  @Field(() => Date, { description: 'When it was due.' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was finally kept; null if never.' })
  keptAt!: Date | null;

  @Field(() => Int, { description: 'How late, in seconds (until kept, resolution or now).' })
  lateBySeconds!: number;

  @Field(() => Boolean, {
    description: 'Still not kept while the incident is open: it keeps growing.',
  })
  open!: boolean;
}

@ObjectType({ description: 'One promise of the contract and how it stands.' })
export class CommunicationPromiseState {
  @Field(() => Date, {
    nullable: true,
    description: 'When it is due; null when nothing is promised (or resolved).',
  })
  dueAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether it is past due.' })
  overdue!: boolean;

  @Field(() => Int, { description: 'How far past due, in seconds (0 when not).' })
  overdueBySeconds!: number;
}

@ObjectType({
  description:
    "An incident's communication promises, judged by the contract in force at declaration.",
})
export class IncidentCommunicationType {
  @Field(() => Int, { nullable: true, description: 'Version of the contract it is judged by.' })
  contractVersion!: number | null;

  @Field(() => CommunicationPromiseState, { description: 'The next public update.' })
  nextPublicUpdate!: CommunicationPromiseState;

  @Field(() => CommunicationPromiseState, { description: 'The next internal update.' })
  nextInternalUpdate!: CommunicationPromiseState;

  @Field(() => CommunicationPromiseState, { description: 'The executive summary, when required.' })
  execSummary!: CommunicationPromiseState;

  @Field(() => [CommunicationBreach], {
    description: 'Every promise missed, kept after resolution too.',
  })
  breaches!: CommunicationBreach[];

  @Field(() => Int, {
    nullable: true,
    description:
      'First public update − detection, in seconds (time to communicate); null before one.',
  })
  timeToCommunicateSeconds!: number | null;

  static from(s: Status): IncidentCommunicationType {
    const promise = (p: PromiseState) => ({
      dueAt: p.dueAt,
      overdue: p.overdueByMs > 0,
      overdueBySeconds: seconds(p.overdueByMs),
    });
    const breach = (b: Breach) => ({ ...b, lateBySeconds: seconds(b.lateByMs) });
    return Object.assign(new IncidentCommunicationType(), {
      contractVersion: s.contractVersion,
      nextPublicUpdate: promise(s.nextPublicUpdate),
      nextInternalUpdate: promise(s.nextInternalUpdate),
      execSummary: promise(s.execSummary),
      breaches: s.breaches.map(breach),
      timeToCommunicateSeconds:
        s.timeToCommunicateMs === null ? null : seconds(s.timeToCommunicateMs),
    });
  }
}
