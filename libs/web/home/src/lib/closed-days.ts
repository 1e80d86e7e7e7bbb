import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ClosedDayDto } from '@halt/contracts';
import { apiError, fieldErrors, I18n, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { firstValueFrom } from 'rxjs';

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The school's own closed days (study days): list, add, remove. Halt plans nothing on them. */
@Component({
  selector: 'halt-closed-days',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="closed-days-heading">
      <h2 id="closed-days-heading">{{ 'closedDays.heading' | t }}</h2>
      <p>{{ 'closedDays.intro' | t }}</p>
      @if (failed()) {
        <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="reload()" />
      } @else {
        <div
          class="table-scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="'closedDays.caption' | t: { count: days().length }"
        >
          <table>
            <caption>
              {{
                'closedDays.caption' | t: { count: days().length }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'closedDays.date' | t }}</th>
                <th scope="col">{{ 'closedDays.reason' | t }}</th>
                <th scope="col">
                  <span class="visually-hidden">{{ 'closedDays.remove' | t }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (d of days(); track d.id) {
                <tr>
                  <th scope="row">{{ format(d.date) }}</th>
                  <td>{{ d.reason }}</td>
                  <td>
                    <button
                      mat-button
                      type="button"
                      (click)="remove(d)"
                      [attr.aria-label]="'closedDays.removeLabel' | t: { date: format(d.date) }"
                    >
                      {{ 'closedDays.remove' | t }}
                    </button>
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3">{{ 'closedDays.none' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <form class="inline-form" [formGroup]="form" (ngSubmit)="add()" novalidate #formDir="ngForm">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'closedDays.date' | t }}</mat-label>
          <input matInput type="date" formControlName="date" required />
          @if (form.controls.date.invalid) {
            <mat-error>{{ 'closedDays.dateRequired' | t }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'closedDays.reason' | t }}</mat-label>
          <input matInput formControlName="reason" maxlength="120" required />
          <mat-hint>{{ 'closedDays.reasonHint' | t }}</mat-hint>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'closedDays.reasonRequired' | t }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'closedDays.add' | t }}</button>
      </form>
      <div aria-live="polite">
        @if (error(); as message) {
          <p class="notice notice--error" role="alert">{{ message }}</p>
        }
        @if (done(); as message) {
          <p class="notice" role="status">{{ message }}</p>
        }
      </div>
    </section>
  `,
})
export class ClosedDays implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  readonly schoolId = input.required<string>();
  private readonly formDir = viewChild<FormGroupDirective>('formDir');
  protected readonly days = signal<ClosedDayDto[]>([]);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    date: ['', Validators.required],
    reason: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
  });

  ngOnInit(): void {
    void this.reload();
  }

  protected format(date: string): string {
    return dutchDate.format(new Date(`${date}T00:00:00Z`));
  }

  protected async reload(): Promise<void> {
    try {
      this.days.set(await firstValueFrom(this.http.get<ClosedDayDto[]>(this.url())));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }

  protected async add(): Promise<void> {
    this.form.markAllAsTouched();
    this.error.set(null);
    this.done.set(null);
    if (this.form.invalid) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.http.post<ClosedDayDto>(this.url(), this.form.getRawValue()));
      // resetForm also clears the 'submitted' state, so the emptied fields do not show errors.
      this.formDir()?.resetForm();
      this.done.set(this.i18n.t('closedDays.added'));
      await this.reload();
    } catch (e) {
      const fields = fieldErrors(e);
      const detail = Object.entries(fields).map(
        ([field, message]) => `${this.i18n.t(field === 'date' ? 'closedDays.date' : 'closedDays.reason')}: ${message}`,
      );
      this.error.set(detail.join('; ') || apiError(e)?.message || this.i18n.t('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(day: ClosedDayDto): Promise<void> {
    this.error.set(null);
    try {
      await firstValueFrom(this.http.delete(`${this.url()}/${day.id}`));
      this.done.set(this.i18n.t('closedDays.removed'));
      await this.reload();
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.loadFailed'));
    }
  }

  private url(): string {
    return `/api/schools/${encodeURIComponent(this.schoolId())}/closed-days`;
  }
}
