import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { BookingRequestDto, SessionDto } from '@halt/contracts';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { formatDate, levelKey, requestStateKey, sessionKindKey, sessionStateKey } from './labels';
import { RequestsApi } from './requests-api';

/** One of the school's requests: classes, windows, sessions (with calendar files), history, and cancelling. */
@Component({
  selector: 'halt-request-detail',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    AmsterdamTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-detail.html',
})
export class RequestDetail {
  private readonly api = inject(RequestsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18n);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly request = load(() => this.api.get(this.id));
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly requestStateKey = requestStateKey;
  protected readonly sessionStateKey = sessionStateKey;
  protected readonly sessionKindKey = sessionKindKey;
  protected readonly levelKey = levelKey;
  protected readonly formatDate = formatDate;

  protected async cancel(r: BookingRequestDto): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = await this.api.cancel(r.id, this.form.getRawValue().reason);
      this.done.set(this.i18n.t(updated.lateCancellation ? 'requests.late' : 'requests.cancelled'));
      this.request.reload();
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  protected async download(r: BookingRequestDto, s: SessionDto): Promise<void> {
    const text = await this.api.calendarFile(s.id);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    const a = this.document.createElement('a');
    a.href = url;
    a.download = `halt-sessie-${r.reference}-${s.sequence}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
