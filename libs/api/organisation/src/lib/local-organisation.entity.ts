import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * What a sportvereniging and a wijkpartner both have as requesters: a name, an address in a gemeente and their
 * coordinates (the travel estimates start from them). Each table adds its own columns and its gemeente relation.
 */
export abstract class LocalOrganisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  street!: string;

  /** `1234 AB`. */
  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
