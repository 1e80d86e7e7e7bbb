import type { PartnerKind } from '@halt/contracts';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { LocalOrganisation } from './local-organisation.entity';
import { Municipality } from './municipality.entity';

/** A wijkpartner: youth work (jongerenwerk), a neighbourhood team (wijkteam) or another partner of a gemeente. A requester. */
@Entity({ name: 'neighbourhood_partner' })
export class NeighbourhoodPartner extends LocalOrganisation {
  @Column({ type: 'text' })
  kind!: PartnerKind;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_neighbourhood_partner_municipality' })
  municipality?: Municipality;
}
