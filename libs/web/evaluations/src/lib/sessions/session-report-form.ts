import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { MySessionDto, ReportSessionRequest } from '@halt/contracts';
import { apiError, I18n, TranslatePipe } from '@halt/web/core';
import { FormMessages } from '@halt/web/ui';
import { MySessionsApi } from './my-sessions-api';
import { NO_SHOW_REASON_MAX, PUPILS_REACHED_MAX, pupilsReachedProblem, toReportRequest } from './my-sessions-model';

const pupilsReached = (control: AbstractControl<number | null>): ValidationErrors | null => {
  const problem = pupilsReachedProblem(control.value);
  return problem ? { [problem]: true } : null;
};

/**
 * Reporting one session: given, with the number of pupils reached, or did not take place, with an optional
 * reason. Emits the session as the API returns it.
 */
@Component({
  selector: 'halt-session-report-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FormMessages],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="report" novalidate (submit)="submit($event)">
      @if (!noShow()) {
        <label class="label" [for]="ids().reached">{{ reachedLabel() }}</label>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="reached">
          <input
            #reachedInput
            matInput
            type="number"
            inputmode="numeric"
            min="0"
            [max]="max"
            step="1"
            [id]="ids().reached"
            [formControl]="reached"
            required
          />
          @if (reached.errors?.['server']; as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (reached.hasError('required')) {
            <mat-error>{{ 'mySessions.reachedRequired' | t }}</mat-error>
          } @else if (reached.invalid) {
            <mat-error>{{ 'mySessions.reachedRange' | t: { max: max } }}</mat-error>
          }
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ 'mySessions.delivered' | t }}
          </button>
          <button #noShowButton mat-stroked-button type="button" [disabled]="busy()" (click)="askReason()">
            {{ 'mySessions.noShow' | t }}
          </button>
        </div>
      } @else {
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ 'mySessions.reason' | t }}</mat-label>
          <textarea
            #reasonInput
            matInput
            rows="3"
            [attr.maxlength]="reasonMax"
            [id]="ids().reason"
            [formControl]="reason"
          ></textarea>
          <mat-hint align="end">{{ reason.value.length }} / {{ reasonMax }}</mat-hint>
          @if (reason.errors?.['server']; as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (reason.invalid) {
            <mat-error>{{ 'mySessions.reasonTooLong' | t: { max: reasonMax } }}</mat-error>
          }
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ 'mySessions.confirmNoShow' | t }}
          </button>
          <button mat-button type="button" [disabled]="busy()" (click)="cancelNoShow()">
            {{ 'mySessions.cancel' | t }}
          </button>
        </div>
      }
      <halt-form-messages #messages [error]="error()" [details]="details()" />
    </form>
  `,
  styles: `
    .label {
      display: block;
      font: var(--mat-sys-title-small);
      margin: 0.5rem 0 0.25rem;
    }
    .reached {
      display: block;
      max-width: 12rem;
    }
    .reason {
      display: block;
      max-width: 36rem;
      margin-top: 0.5rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin: 0.75rem 0 0.5rem;
    }
  `,
})
export class SessionReportForm {
  readonly session = input.required<MySessionDto>();
  readonly reported = output<MySessionDto>();

  private readonly api = inject(MySessionsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly messages = viewChild('messages', { read: ElementRef<HTMLElement> });
  private readonly reachedInput = viewChild<ElementRef<HTMLInputElement>>('reachedInput');
  private readonly reasonInput = viewChild<ElementRef<HTMLTextAreaElement>>('reasonInput');
  private readonly noShowButton = viewChild('noShowButton', { read: ElementRef<HTMLElement> });

  protected readonly max = PUPILS_REACHED_MAX;
  protected readonly reasonMax = NO_SHOW_REASON_MAX;
  protected readonly ids = computed(() => ({
    reached: `reached-${this.session().id}`,
    reason: `reason-${this.session().id}`,
  }));
  protected readonly reached = new FormControl<number | null>(null, { validators: pupilsReached });
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(NO_SHOW_REASON_MAX),
  });
  protected readonly noShow = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly details = signal<string[]>([]);

  /** "Bereikte leerlingen (klas 2B, 27 aangemeld)", so every form on the page has its own label. */
  protected readonly reachedLabel = computed(() => {
    const s = this.session();
    const group = s.groupName ? this.i18n.t('mySessions.group', { group: s.groupName }) : null;
    const planned = s.pupilCount !== null ? this.i18n.t('mySessions.planned', { count: s.pupilCount }) : null;
    const about = [group, planned].filter((x): x is string => !!x).join(', ');
    return about ? this.i18n.t('mySessions.reachedAbout', { about }) : this.i18n.t('mySessions.reached');
  });

  /** "Gegeven", or — once a reason is asked — "Melden als niet doorgegaan" (also on Enter). */
  protected submit(event: Event): Promise<void> {
    event.preventDefault();
    return this.noShow() ? this.reportNoShow() : this.deliver();
  }

  private deliver(): Promise<void> {
    this.reached.markAsTouched();
    if (this.reached.invalid) {
      this.error.set(null);
      this.reachedInput()?.nativeElement.focus();
      return Promise.resolve();
    }
    return this.send(toReportRequest('delivered', this.reached.value, ''));
  }

  protected askReason(): void {
    this.error.set(null);
    this.details.set([]);
    this.noShow.set(true);
    afterNextRender(() => this.reasonInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelNoShow(): void {
    this.error.set(null);
    this.details.set([]);
    this.noShow.set(false);
    afterNextRender(() => this.noShowButton()?.nativeElement.focus(), { injector: this.injector });
  }

  private reportNoShow(): Promise<void> {
    this.reason.markAsTouched();
    if (this.reason.invalid) {
      this.reasonInput()?.nativeElement.focus();
      return Promise.resolve();
    }
    return this.send(toReportRequest('no_show', null, this.reason.value));
  }

  private async send(body: ReportSessionRequest): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.details.set([]);
    try {
      this.reported.emit(await this.api.report(this.session().id, body));
    } catch (e) {
      const api = apiError(e);
      const other: string[] = [];
      for (const f of api?.errors ?? []) {
        const control = f.field === 'pupilsReached' ? this.reached : f.field === 'reason' ? this.reason : null;
        if (control) {
          control.setErrors({ server: f.message });
          control.markAsTouched();
        } else other.push(f.message);
      }
      this.error.set(api?.message ?? this.i18n.t('common.saveFailed'));
      this.details.set(other);
      afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }
}
