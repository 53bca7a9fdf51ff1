import type { Role } from '@keepwatch/domain';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';

@InputType({ description: 'A person to add to the tenant.' })
export class AddMemberInput {
  @Field(() => String, { description: 'E-mail address, unique within the tenant.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Display name, 1–120 characters.' })
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => RoleEnum, { description: 'The role they hold.' })
  role!: Role;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, 1–120 characters.' })
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the token may do.' })
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'When it stops working; never if omitted.' })
  @IsOptional()
  expiresAt?: Date;
}
