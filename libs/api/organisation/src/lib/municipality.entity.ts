import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
