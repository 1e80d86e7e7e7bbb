import type { Language, Role } from '@halt/contracts';
import { Municipality, NeighbourhoodPartner, Region, School, SportsClub } from '@halt/api/organisation';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A person who signs in. Bound to exactly one organisation by role: a school, a municipality, a sportvereniging
 * (`vereniging`), a wijkpartner, or (planners
 * and staff) one or more regions; admins belong to Halt itself. The database checks that binding.
 */
@Entity({ name: 'app_user' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** argon2id hash; never logged, never returned. Empty until an invited user sets their password. */
  @Column({ name: 'password_hash', type: 'text', select: false, nullable: true })
  passwordHash!: string | null;

  /** Derived by the database from password_hash: false for an invited user who has not set a password yet. */
  @Column({ name: 'has_password', type: 'boolean', insert: false, update: false })
  hasPassword!: boolean;

  /** A school's or gemeente's main contact (hoofdcontact): invites the users of their own organisation. */
  @Column({ name: 'is_main_contact', type: 'boolean', default: false })
  isMainContact!: boolean;

  @Column({ type: 'text', default: 'nl' })
  language!: Language;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School)
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_app_user_school' })
  school?: School | null;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_app_user_municipality' })
  municipality?: Municipality | null;

  @Column({ name: 'club_id', type: 'uuid', nullable: true })
  clubId!: string | null;

  @ManyToOne(() => SportsClub)
  @JoinColumn({ name: 'club_id', foreignKeyConstraintName: 'fk_app_user_club' })
  club?: SportsClub | null;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => NeighbourhoodPartner)
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_app_user_partner' })
  partner?: NeighbourhoodPartner | null;

  @ManyToMany(() => Region)
  @JoinTable({
    name: 'user_region',
    joinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_user_region_user' },
    inverseJoinColumn: {
      name: 'region_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_user_region_region',
    },
  })
  regions?: Region[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
