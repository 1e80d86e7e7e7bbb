import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  LEVELS,
  type Level,
  type MaatwerkLineKind,
  type MaatwerkPriceUnit,
  type MaatwerkProposalLineInput,
  type MaatwerkQuestionDto,
} from '@halt/contracts';
import { zonedDateTimeToInstant } from '@halt/domain';
import { apiError, I18n, levelKey, load, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { formatEuro, maatwerkEventKey, maatwerkStateKey, urgencyKey } from './labels';
import { MaatwerkApi } from './maatwerk-api';

interface LineDraft {
  kind: MaatwerkLineKind;
  title: string;
  description: string;
  durationMinutes: number;
  sessionCount: number;
  level: Level;
  priceUnit: MaatwerkPriceUnit;
  price: number;
}

const newLine = (): LineDraft => ({
  kind: 'custom',
  title: '',
  description: '',
  durationMinutes: 60,
  sessionCount: 1,
  level: 'vo-1-2',
  priceUnit: 'euro',
  price: 0,
});

/**
 * One maatwerk question: what was asked, the intake, the proposal and the history. The requester accepts, declines
 * or withdraws; the advisor (route data `advisor`) plans the intake and writes and sends the proposal.
 */
@Component({
  selector: 'halt-maatwerk-question-detail',
  imports: [
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    AmsterdamTimePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="..">{{ 'maatwerk.back' | t }}</a>
    </p>
    @if (question.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="question.reload()"
      />
    } @else if (current(); as q) {
      <h1>{{ q.reference }}: {{ q.title }}</h1>
      <p role="status" aria-live="polite">
        {{ 'planning.status' | t }}: <strong>{{ maatwerkStateKey(q.status) | t }}</strong>
      </p>
      @if (error(); as e) {
        <div class="notice notice--error" role="alert">
          <p>{{ e }}</p>
        </div>
      }
      <dl>
        <dt>{{ 'maatwerk.requester' | t }}</dt>
        <dd>{{ q.requester.name }} ({{ q.requester.municipality }})</dd>
        <dt>{{ 'maatwerk.situation' | t }}</dt>
        <dd>{{ q.situation }}</dd>
        <dt>{{ 'maatwerk.targetGroup' | t }}</dt>
        <dd>
          {{ 'maatwerk.groupsAndParticipants' | t: { groups: q.groupCount, participants: q.participantCount } }}
          @for (l of q.levels; track l) {
            · {{ levelKey(l) | t }}
          }
          @if (q.ages) {
            · {{ q.ages }}
          }
        </dd>
        <dt>{{ 'maatwerk.urgencyLabel' | t }}</dt>
        <dd>{{ urgencyKey(q.urgency) | t }}</dd>
        <dt>{{ 'maatwerk.period' | t }}</dt>
        <dd>{{ q.preferredFrom }} – {{ q.preferredTo }}</dd>
        <dt>{{ 'maatwerk.contact' | t }}</dt>
        <dd>{{ q.contact.name }}, {{ q.contact.email }}</dd>
      </dl>

      <h2>{{ 'maatwerk.intake' | t }}</h2>
      @if (q.intake; as i) {
        <p>
          {{ i.startsAt | amsterdamTime: 'nl-NL' }} —
          @if (i.link) {
            <a [href]="i.link" rel="noopener">{{ 'maatwerk.intakeOnline' | t }}</a>
          } @else {
            {{ i.place }}
          }
        </p>
      } @else {
        <p>{{ 'maatwerk.noIntake' | t }}</p>
      }
      @if (advisor && (q.status === 'submitted' || q.status === 'intake_planned')) {
        <form (ngSubmit)="planIntake(q)" class="stack" aria-labelledby="intake-heading">
          <h3 id="intake-heading">{{ 'maatwerk.planIntake' | t }}</h3>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'maatwerk.intakeDate' | t }}</mat-label>
            <input matInput type="date" name="intakeDate" [(ngModel)]="intakeDate" required />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'maatwerk.intakeTime' | t }}</mat-label>
            <input matInput type="time" name="intakeTime" [(ngModel)]="intakeTime" required />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'maatwerk.intakeMode' | t }}</mat-label>
            <mat-select name="intakeMode" [(ngModel)]="intakeMode">
              <mat-option value="online">{{ 'maatwerk.intakeOnline' | t }}</mat-option>
              <mat-option value="location">{{ 'maatwerk.intakeLocation' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
          @if (intakeMode === 'online') {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'maatwerk.intakeLink' | t }}</mat-label>
              <input matInput type="url" name="intakeLink" [(ngModel)]="intakeLink" required />
            </mat-form-field>
          } @else {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'maatwerk.intakePlace' | t }}</mat-label>
              <input matInput name="intakePlace" [(ngModel)]="intakePlace" required />
            </mat-form-field>
          }
          <p>
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'maatwerk.planIntake' | t }}</button>
          </p>
        </form>
      }

      <h2>{{ 'maatwerk.proposal' | t }}</h2>
      @if (q.proposal; as p) {
        @if (p.note) {
          <p>{{ p.note }}</p>
        }
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'maatwerk.proposal' | t">
          <table>
            <caption>
              {{
                'maatwerk.proposalCaption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'maatwerk.lineTitle' | t }}</th>
                <th scope="col">{{ 'maatwerk.sessions' | t }}</th>
                <th scope="col">{{ 'maatwerk.price' | t }}</th>
                <th scope="col">{{ 'maatwerk.request' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (l of p.lines; track l.id) {
                <tr>
                  <th scope="row">
                    {{ l.title }}<br /><small>{{ l.description }}</small>
                  </th>
                  <td>{{ l.sessionCount }} × {{ l.durationMinutes }} min · {{ levelKey(l.level) | t }}</td>
                  <td>{{ l.priceUnit === 'euro' ? formatEuro(l.price) : ('maatwerk.credits' | t: { n: l.price }) }}</td>
                  <td>{{ l.requestReference ?? '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p>
          <strong>{{ 'maatwerk.total' | t }}:</strong> {{ formatEuro(p.totalEuroCents) }} ·
          {{ 'maatwerk.credits' | t: { n: p.totalCredits } }}
        </p>
      } @else {
        <p>{{ 'maatwerk.noProposal' | t }}</p>
      }
      @if (advisor && q.status === 'intake_planned') {
        <form (ngSubmit)="sendProposal(q)" aria-labelledby="proposal-heading">
          <h3 id="proposal-heading">{{ 'maatwerk.writeProposal' | t }}</h3>
          @for (line of lines(); track $index; let i = $index) {
            <fieldset class="stack">
              <legend>{{ 'maatwerk.line' | t: { n: i + 1 } }}</legend>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'maatwerk.lineTitle' | t }}</mat-label>
                <input matInput [name]="'title' + i" [(ngModel)]="line.title" required />
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'maatwerk.lineDescription' | t }}</mat-label>
                <textarea matInput [name]="'description' + i" [(ngModel)]="line.description" rows="2"></textarea>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'maatwerk.sessionCount' | t }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="1"
                  max="40"
                  [name]="'sessions' + i"
                  [(ngModel)]="line.sessionCount"
                />
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'maatwerk.duration' | t }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="15"
                  max="480"
                  [name]="'duration' + i"
                  [(ngModel)]="line.durationMinutes"
                />
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'maatwerk.level' | t }}</mat-label>
                <mat-select [name]="'level' + i" [(ngModel)]="line.level">
                  @for (l of levels; track l) {
                    <mat-option [value]="l">{{ levelKey(l) | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'maatwerk.priceUnit' | t }}</mat-label>
                <mat-select [name]="'unit' + i" [(ngModel)]="line.priceUnit">
                  <mat-option value="euro">{{ 'maatwerk.euro' | t }}</mat-option>
                  <mat-option value="credits">{{ 'maatwerk.creditsUnit' | t }}</mat-option>
                </mat-select>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{
                  (line.priceUnit === 'euro' ? 'maatwerk.priceEuro' : 'maatwerk.priceCredits') | t
                }}</mat-label>
                <input matInput type="number" min="0" step="any" [name]="'price' + i" [(ngModel)]="line.price" />
              </mat-form-field>
              @if (lines().length > 1) {
                <button mat-button type="button" (click)="removeLine(i)">
                  {{ 'maatwerk.removeLine' | t: { n: i + 1 } }}
                </button>
              }
            </fieldset>
          }
          <p>
            <button mat-stroked-button type="button" (click)="addLine()">{{ 'maatwerk.addLine' | t }}</button>
          </p>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'maatwerk.note' | t }}</mat-label>
            <textarea matInput name="note" [(ngModel)]="note" rows="3"></textarea>
          </mat-form-field>
          <p>
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'maatwerk.sendProposal' | t }}</button>
          </p>
        </form>
      }
      @if (!advisor && q.allowedActions.length) {
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{{ 'maatwerk.decide' | t }}</h2>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'maatwerk.reason' | t }}</mat-label>
            <textarea matInput name="reason" [(ngModel)]="reason" rows="2" maxlength="500"></textarea>
          </mat-form-field>
          <p class="actions">
            @if (q.allowedActions.includes('accept')) {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="decide(q, 'accept')">
                {{ 'maatwerk.accept' | t }}
              </button>
            }
            @if (q.allowedActions.includes('decline')) {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide(q, 'decline')">
                {{ 'maatwerk.decline' | t }}
              </button>
            }
            @if (q.allowedActions.includes('withdraw')) {
              <button mat-button type="button" [disabled]="busy()" (click)="decide(q, 'withdraw')">
                {{ 'maatwerk.withdraw' | t }}
              </button>
            }
          </p>
        </section>
      }

      <h2>{{ 'maatwerk.history' | t }}</h2>
      <ol>
        @for (h of q.timeline; track $index) {
          <li>
            {{ h.at | amsterdamTime: 'nl-NL' }}: {{ maatwerkEventKey(h.event) | t }}
            @if (h.by) {
              ({{ h.by }})
            }
            @if (h.reason) {
              — {{ h.reason }}
            }
          </li>
        }
      </ol>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
})
export class QuestionDetail {
  private readonly api = inject(MaatwerkApi);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  protected readonly advisor = this.route.snapshot.data['advisor'] === true;
  private readonly id = this.route.snapshot.paramMap.get('id') ?? '';
  protected readonly question = load(() => this.api.get(this.id));
  private readonly updated = signal<MaatwerkQuestionDto | null>(null);
  protected readonly current = () => this.updated() ?? this.question.value();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly lines = signal<LineDraft[]>([newLine()]);
  protected readonly levels = LEVELS;
  protected readonly levelKey = levelKey;
  protected readonly urgencyKey = urgencyKey;
  protected readonly maatwerkStateKey = maatwerkStateKey;
  protected readonly maatwerkEventKey = maatwerkEventKey;
  protected readonly formatEuro = formatEuro;
  protected intakeDate = '';
  protected intakeTime = '10:00';
  protected intakeMode: 'online' | 'location' = 'online';
  protected intakeLink = '';
  protected intakePlace = '';
  protected note = '';
  protected reason = '';

  protected addLine(): void {
    this.lines.update((l) => [...l, newLine()]);
  }
  protected removeLine(i: number): void {
    this.lines.update((l) => l.filter((_, j) => j !== i));
  }

  protected planIntake(q: MaatwerkQuestionDto): Promise<void> {
    return this.run(() => {
      // The date and time are Dutch time (Europe/Amsterdam), whatever the browser's zone.
      let startsAt = this.intakeDate;
      try {
        startsAt = zonedDateTimeToInstant(this.intakeDate, this.intakeTime).toISOString();
      } catch {
        // An empty or impossible time: the API names the field.
      }
      return this.api.planIntake(q.id, {
        startsAt,
        mode: this.intakeMode,
        ...(this.intakeMode === 'online' ? { link: this.intakeLink } : { place: this.intakePlace }),
      });
    });
  }

  protected sendProposal(q: MaatwerkQuestionDto): Promise<void> {
    const lines: MaatwerkProposalLineInput[] = this.lines().map((l) => ({
      kind: l.kind,
      title: l.title,
      description: l.description,
      durationMinutes: Number(l.durationMinutes),
      sessionCount: Number(l.sessionCount),
      level: l.level,
      priceUnit: l.priceUnit,
      price: l.priceUnit === 'euro' ? Math.round(Number(l.price) * 100) : Number(l.price),
    }));
    return this.run(() => this.api.sendProposal(q.id, { ...(this.note ? { note: this.note } : {}), lines }));
  }

  protected decide(q: MaatwerkQuestionDto, action: 'accept' | 'decline' | 'withdraw'): Promise<void> {
    return this.run(() => this.api.decide(q.id, action, this.reason ? { reason: this.reason } : {}));
  }

  private async run(call: () => Promise<MaatwerkQuestionDto>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.updated.set(await call());
    } catch (e) {
      const body = apiError(e);
      const fields = (body?.errors ?? []).map((f) => `${f.field}: ${f.message}`).join('; ');
      this.error.set([body?.message ?? this.i18n.t('maatwerk.failed'), fields].filter(Boolean).join(' — '));
    } finally {
      this.busy.set(false);
    }
  }
}
