import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { LocalOrganisation } from './local-organisation.entity';
import { Municipality } from './municipality.entity';

/** A sportvereniging (sports club), known by its KNVB club number (relatiecode, e.g. `BBCD12E`). A requester. */
@Entity({ name: 'sports_club' })
export class SportsClub extends LocalOrganisation {
  /** The KNVB's club number: four letters, two digits, one letter (unique, `uq_sports_club_knvb_number`). */
  @Column({ name: 'knvb_number', type: 'text' })
  knvbNumber!: string;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_sports_club_municipality' })
  municipality?: Municipality;
}
