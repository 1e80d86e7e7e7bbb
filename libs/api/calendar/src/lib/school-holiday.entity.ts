import type { HolidayRegion, SchoolHolidayName } from '@halt/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An advised school-holiday period of one region (first and last day inclusive), editable by admins. */
@Entity({ name: 'school_holiday' })
export class SchoolHoliday {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** e.g. `2026-2027`. */
  @Column({ name: 'school_year', type: 'text' })
  schoolYear!: string;

  @Column({ type: 'text' })
  name!: SchoolHolidayName;

  @Column({ type: 'text' })
  region!: HolidayRegion;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
