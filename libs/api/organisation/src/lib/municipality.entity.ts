import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { HolidayRegion } from '@halt/contracts';
import { Region } from './region.entity';

/** A Dutch municipality (gemeente), identified by its CBS code such as GM0363. */
@Entity({ name: 'municipality' })
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cbs_code', type: 'text' })
  cbsCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_municipality_region' })
  region?: Region;

  /** The school-holiday region of the gemeente; its schools follow it unless they have an override. */
  @Column({ name: 'holiday_region', type: 'text' })
  holidayRegion!: HolidayRegion;

  /** The gemeente's centre: where imported schools without coordinates of their own are placed. */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** Set when the gemeente merged into `successorId`; retired gemeenten are left out of pickers. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId!: string | null;

  /** The year the gemeente joined Preventie met Gezag; null when it does not take part. */
  @Column({ name: 'pmg_since', type: 'integer', nullable: true })
  pmgSince!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
