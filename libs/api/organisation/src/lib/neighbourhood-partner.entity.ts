import type { PartnerKind } from '@halt/contracts';
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

/** A wijkpartner: youth work (jongerenwerk), a neighbourhood team (wijkteam) or another partner of a gemeente. A requester. */
@Entity({ name: 'neighbourhood_partner' })
export class NeighbourhoodPartner {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PartnerKind;

  @Column({ type: 'text' })
  street!: string;

  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_neighbourhood_partner_municipality' })
  municipality?: Municipality;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
