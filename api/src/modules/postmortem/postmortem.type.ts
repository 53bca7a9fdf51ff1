import type { PostmortemState } from '@keepwatch/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PostmortemStateEnum, TimelineKindEnum } from '../../graphql/enums.js';
import { ActionItem } from '../action-item/action-item.type.js';
import type { FactorCategoryEntity } from './postmortem.entity.js';
import type { PostmortemView } from './postmortem.service.js';

@ObjectType({ description: 'One line of the generated timeline.' })
export class PostmortemTimelineEntry {
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => TimelineKindEnum, { description: 'What kind of event it was.' })
  kind!: string;

  @Field(() => String, { description: 'The event in words, from what was recorded.' })
  text!: string;

  @Field(() => Boolean, { description: 'A decision or a mitigation: highlighted.' })
  highlight!: boolean;
}

@ObjectType({ description: 'Something that contributed, tagged with a category of the taxonomy.' })
export class ContributingFactor {
  @Field(() => String, { description: 'What contributed.' })
  description!: string;

  @Field(() => String, { description: 'Category key.' })
  category!: string;

  @Field(() => String, { description: 'Category name.' })
  categoryName!: string;
}

@ObjectType({
  description:
    'Blaming language found in the text: a warning to the author, never rewritten by Keepwatch.',
})
export class BlamelessFinding {
  @Field(() => String, {
    description: 'Where: "impact" or "contributingFactors.<index>".',
  })
  section!: string;

  @Field(() => String, { description: 'The words found.' })
  phrase!: string;

  @Field(() => Int, { description: 'Offset of the first character in that text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character.' })
  end!: number;

  @Field(() => String, { description: 'Why it reads as blame.' })
  why!: string;

  @Field(() => String, { description: 'A suggested rewording.' })
  suggestion!: string;
}

@ObjectType({ description: 'A section that keeps the postmortem from being published.' })
export class MissingPart {
  @Field(() => String, {
    description: 'impact, timeline, contributingFactors or followUps.',
  })
  section!: string;

  @Field(() => String, { description: 'What is missing.' })
  message!: string;
}

@ObjectType({ description: 'A category of contributing factors.' })
export class FactorCategory {
  @Field(() => String, { description: 'Stable key.' })
  key!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'What belongs here.' })
  description!: string;

  static from(e: FactorCategoryEntity): FactorCategory {
    return Object.assign(new FactorCategory(), {
      key: e.key,
      name: e.name,
      description: e.description,
    });
  }
}

@ObjectType({ description: "An incident's blameless postmortem." })
export class Postmortem {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => PostmortemStateEnum, { description: 'DRAFT, IN_REVIEW or PUBLISHED.' })
  state!: PostmortemState;

  @Field(() => Boolean, {
    description: "Required by the incident's communication contract (its severity).",
  })
  required!: boolean;

  @Field(() => String, { description: 'Impact: pre-filled from what was recorded, editable.' })
  impact!: string;

  @Field(() => [PostmortemTimelineEntry], {
    description: 'Generated from the incident timeline (corrections applied), never retyped.',
  })
  timeline!: PostmortemTimelineEntry[];

  @Field(() => [ContributingFactor], { description: 'Contributing factors.' })
  contributingFactors!: ContributingFactor[];

  @Field(() => [ActionItem], {
    description: 'Follow-ups: class of failure first, then by due date.',
  })
  actionItems!: ActionItem[];

  @Field(() => [BlamelessFinding], { description: 'Blaming language to reconsider.' })
  blamelessFindings!: BlamelessFinding[];

  @Field(() => [MissingPart], { description: 'What publishing still needs (empty: complete).' })
  missing!: MissingPart[];

  @Field(() => String, { description: 'The postmortem as Markdown, in a two-page format.' })
  markdown!: string;

  @Field(() => Date, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  static from(v: PostmortemView, now: Date): Postmortem {
    const p = v.postmortem;
    return Object.assign(new Postmortem(), {
      id: p.id,
      incidentId: p.incidentId,
      state: p.state,
      required: v.required,
      impact: p.impact,
      timeline: v.timeline,
      contributingFactors: v.factors,
      actionItems: v.actionItems.map((a) => ActionItem.from(a, now)),
      blamelessFindings: v.findings,
      missing: v.missing,
      markdown: v.markdown,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      publishedAt: p.publishedAt,
    });
  }
}
