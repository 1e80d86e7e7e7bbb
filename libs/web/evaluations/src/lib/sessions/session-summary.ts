import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MySessionDto } from '@halt/contracts';
import { I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { formatTimeRange } from '../dates-model';

/** What a session is: offer, when, school and group, pupils, status. Its heading is `session-<id>`. */
@Component({
  selector: 'halt-session-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = session();
    <h3 [id]="'session-' + s.id">{{ s.offerTitle }} — {{ s.schoolName }}</h3>
    <p class="when">{{ when() }}</p>
    <dl class="details">
      <dt>{{ 'mySessions.location' | t }}</dt>
      <dd>{{ s.location }}</dd>
      @if (s.groupName) {
        <dt>{{ 'mySessions.groupLabel' | t }}</dt>
        <dd>{{ s.groupName }}</dd>
      }
      <dt>{{ 'mySessions.pupilCount' | t }}</dt>
      <dd>{{ s.pupilCount ?? ('mySessions.unknown' | t) }}</dd>
      @if (s.pupilsReached !== null) {
        <dt>{{ 'mySessions.pupilsReached' | t }}</dt>
        <dd>{{ s.pupilsReached }}</dd>
      }
      <dt>{{ 'mySessions.statusLabel' | t }}</dt>
      <dd>{{ statusKey() | t }}</dd>
      <dt>{{ 'mySessions.reference' | t }}</dt>
      <dd>{{ s.reference }}</dd>
    </dl>
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 0.25rem;
    }
    .when {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
  `,
})
export class SessionSummary {
  readonly session = input.required<MySessionDto>();
  private readonly i18n = inject(I18n);

  protected readonly when = computed(() =>
    formatTimeRange(this.session().plannedStart, this.session().plannedEnd, this.i18n.locale()),
  );
  protected readonly statusKey = computed(() => `mySessions.status.${this.session().status}` as TranslationKey);
}
