import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { LEVELS, type Level, OFFER_TYPES, type OfferType } from '@halt/contracts';
import { levelKey, load, offerTypeKey, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatEuro } from './offer-labels';

/** The catalogue for schools: filter by type, topic and level; each offer links to its detail page. */
@Component({
  selector: 'halt-catalogue-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatSelectModule, MatButtonModule, TranslatePipe, LoadError],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage {
  private readonly api = inject(PortalApi);
  protected readonly types = OFFER_TYPES;
  protected readonly levels = LEVELS;
  protected readonly type = signal<OfferType | ''>('');
  protected readonly topic = signal('');
  protected readonly level = signal<Level | ''>('');
  protected readonly topics = load(() => this.api.offerTopics());
  protected readonly offers = load(() =>
    this.api.offers({
      type: this.type() || undefined,
      topic: this.topic() || undefined,
      level: this.level() || undefined,
    }),
  );
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly levelKey = levelKey;
  protected readonly formatEuro = formatEuro;

  protected setType(value: OfferType | ''): void {
    this.type.set(value);
    this.offers.reload();
  }

  protected setTopic(value: string): void {
    this.topic.set(value);
    this.offers.reload();
  }

  protected setLevel(value: Level | ''): void {
    this.level.set(value);
    this.offers.reload();
  }

  protected reset(): void {
    this.type.set('');
    this.topic.set('');
    this.level.set('');
    this.offers.reload();
  }
}
