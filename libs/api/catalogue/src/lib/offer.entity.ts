import type { Level, OfferType, RequesterKind } from '@halt/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One offer of the catalogue (aanbod): what Halt delivers, for whom, with which staff, at what price. */
@Entity({ name: 'offer' })
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  type!: OfferType;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', array: true })
  topics!: string[];

  @Column({ type: 'text', array: true })
  levels!: Level[];

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'max_pupils_per_group', type: 'integer' })
  maxPupilsPerGroup!: number;

  @Column({ name: 'staff_needed', type: 'integer' })
  staffNeeded!: number;

  @Column({ name: 'required_skill', type: 'text' })
  requiredSkill!: string;

  @Column({ name: 'price_euro_cents', type: 'integer' })
  priceEuroCents!: number;

  @Column({ name: 'price_credits', type: 'integer' })
  priceCredits!: number;

  @Column({ name: 'parent_meeting_possible', type: 'boolean' })
  parentMeetingPossible!: boolean;

  @Column({ name: 'online_possible', type: 'boolean' })
  onlinePossible!: boolean;

  /** About ondermijning (undermining crime): derived by the database from the topic `ondermijning`. */
  @Column({
    type: 'boolean',
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: "'ondermijning' = ANY(topics)",
  })
  ondermijning!: boolean;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** For which kinds of requester the offer is (a school, a sportvereniging, a wijkpartner, a gemeente). */
  @Column({ name: 'requester_kinds', type: 'text', array: true, default: () => `'{school}'` })
  requesterKinds!: RequesterKind[];

  /** Participants are stored as counts only, never names or group names (Sport en Gedrag). */
  @Column({ name: 'counts_only', type: 'boolean', default: false })
  countsOnly!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
