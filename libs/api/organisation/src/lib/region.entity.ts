import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One of Halt's working regions; planners and staff are bound to regions, schools belong to one via their municipality. */
@Entity({ name: 'region' })
export class Region {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable short code, e.g. `noord`, `zuidwest`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
