import type { HolidayRegion, SchoolType } from '@halt/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Municipality } from './municipality.entity';

/** One school location (BRIN + vestiging). Its holiday region decides which school holidays apply. */
@Entity({ name: 'school' })
export class School {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** BRIN number plus optional vestiging, e.g. `00AA01`. */
  @Column({ type: 'text' })
  brin!: string;

  @Column({ type: 'text' })
  type!: SchoolType;

  @Column({ type: 'text' })
  street!: string;

  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_school_municipality' })
  municipality?: Municipality;

  /**
   * The effective holiday region, kept by the database (trigger `tr_school_holiday_region`): the override, or
   * else the gemeente's. A value written here is replaced; change the override or the gemeente instead.
   */
  @Column({ name: 'holiday_region', type: 'text' })
  holidayRegion!: HolidayRegion;

  /** An admin's deviation from the gemeente's holiday region, or null to follow the gemeente. */
  @Column({ name: 'holiday_region_override', type: 'text', nullable: true })
  holidayRegionOverride!: HolidayRegion | null;

  /** `address`: the location's own coordinates; `municipality`: the gemeente's centre (imported without coordinates). */
  @Column({ name: 'location_precision', type: 'text', default: 'address' })
  locationPrecision!: 'address' | 'municipality';

  /** Start of the school day, local time `HH:mm:ss`. */
  @Column({ name: 'day_start', type: 'time' })
  dayStart!: string;

  @Column({ name: 'day_end', type: 'time' })
  dayEnd!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
