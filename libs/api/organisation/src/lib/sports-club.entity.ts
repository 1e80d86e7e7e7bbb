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

/** A sportvereniging (sports club), known by its KNVB club number (relatiecode, e.g. `BBCD12E`). A requester. */
@Entity({ name: 'sports_club' })
export class SportsClub {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The KNVB's club number: four letters, two digits, one letter (unique, `uq_sports_club_knvb_number`). */
  @Column({ name: 'knvb_number', type: 'text' })
  knvbNumber!: string;

  @Column({ type: 'text' })
  street!: string;

  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_sports_club_municipality' })
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
