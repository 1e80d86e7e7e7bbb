import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  signal,
  type WritableSignal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ReminderRuleDto } from '@halt/contracts';
import { LOCAL_TIME_PATTERN } from '@halt/domain';
import { apiError, fieldErrors, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { AdminApi } from './admin-api';
import { audienceKey, byReminderOrder, directionKey, formatMoment, offsetUnitKey, reminderKindKey } from './labels';

type RuleForm = FormGroup<{
  offsetAmount: FormControl<number | null>;
  sendTime: FormControl<string>;
  enabled: FormControl<boolean>;
}>;

/** One rule as a table row with its own small form. */
interface RuleRow {
  kind: string;
  rule: WritableSignal<ReminderRuleDto>;
  form: RuleForm;
  saving: WritableSignal<boolean>;
}

const FIELDS = ['offsetAmount', 'sendTime', 'enabled'] as const;

function ruleRow(rule: ReminderRuleDto): RuleRow {
  return {
    kind: rule.kind,
    rule: signal(rule),
    form: new FormGroup({
      offsetAmount: new FormControl<number | null>(rule.offsetAmount, [
        Validators.required,
        Validators.min(0),
        Validators.max(60),
        Validators.pattern(/^\d+$/),
      ]),
      sendTime: new FormControl(rule.sendTime, {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)],
      }),
      enabled: new FormControl(rule.enabled, { nonNullable: true }),
    }),
    saving: signal(false),
  };
}

/**
 * `/beheer/herinneringen`: when each reminder and planner alert goes out — how many (working/school) days
 * before or after, at what time — or that it is off. Each row saves on its own; a change applies to reminders
 * scheduled from then on.
 */
@Component({
  selector: 'halt-reminder-rules-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'reminders.heading' | t }}</h1>
    <p>{{ 'reminders.intro' | t }}</p>

    @if (rows.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="rows.reload()" />
    } @else if (rows.value(); as list) {
      @let caption = 'reminders.caption' | t: { count: list.length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reminders.kind' | t }}</th>
              <th scope="col">{{ 'reminders.audience' | t }}</th>
              <th scope="col">{{ 'reminders.offset' | t }}</th>
              <th scope="col">{{ 'reminders.sendTime' | t }}</th>
              <th scope="col">{{ 'reminders.enabled' | t }}</th>
              <th scope="col">{{ 'reminders.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of list; track row.kind) {
              @let r = row.rule();
              @let name = kindName(r.kind);
              @let amount = row.form.controls.offsetAmount;
              @let time = row.form.controls.sendTime;
              <tr #tr [formGroup]="row.form" [class.disabled]="!row.form.controls.enabled.value">
                <th scope="row">
                  {{ name }}
                  <span class="updated">{{ 'reminders.updatedAt' | t: { at: moment(r.updatedAt) } }}</span>
                </th>
                <td>{{ audienceKey(r.audience) | t }}</td>
                <td>
                  <div class="offset">
                    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="amount">
                      <input
                        matInput
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max="60"
                        step="1"
                        required
                        formControlName="offsetAmount"
                        [attr.aria-label]="
                          'reminders.offsetLabel'
                            | t
                              : {
                                  unit: offsetUnitKey(r.offsetUnit) | t,
                                  direction: directionKey(r.direction) | t,
                                  kind: name,
                                }
                        "
                        (keydown.enter)="save(row, tr)"
                      />
                      @if (amount.hasError('server')) {
                        <mat-error>{{ amount.getError('server') }}</mat-error>
                      } @else if (amount.invalid) {
                        <mat-error>{{ 'reminders.amountInvalid' | t }}</mat-error>
                      }
                    </mat-form-field>
                    <span class="unit">{{ offsetUnitKey(r.offsetUnit) | t }} {{ directionKey(r.direction) | t }}</span>
                  </div>
                </td>
                <td>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="time">
                    <input
                      matInput
                      type="time"
                      step="60"
                      required
                      formControlName="sendTime"
                      [attr.aria-label]="'reminders.sendTimeLabel' | t: { kind: name }"
                      (keydown.enter)="save(row, tr)"
                    />
                    @if (time.hasError('server')) {
                      <mat-error>{{ time.getError('server') }}</mat-error>
                    } @else if (time.invalid) {
                      <mat-error>{{ 'reminders.timeInvalid' | t }}</mat-error>
                    }
                  </mat-form-field>
                </td>
                <td>
                  <mat-checkbox formControlName="enabled" [aria-label]="'reminders.enabledLabel' | t: { kind: name }">{{
                    'reminders.on' | t
                  }}</mat-checkbox>
                  @if (row.form.controls.enabled.getError('server'); as message) {
                    <p class="field-error">{{ message }}</p>
                  }
                </td>
                <td>
                  <button
                    mat-flat-button
                    type="button"
                    [attr.aria-label]="'reminders.saveLabel' | t: { kind: name }"
                    (click)="save(row, tr)"
                  >
                    {{ 'common.save' | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'reminders.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="hint">{{ 'reminders.hint' | t }}</p>
      <div aria-live="polite">
        @if (saving(); as message) {
          <p class="notice" role="status">{{ message }}</p>
        }
        @if (done(); as message) {
          <p class="notice" role="status">{{ message }}</p>
        }
        @if (error(); as message) {
          <p class="notice notice--error" role="alert">{{ message }}</p>
        }
      </div>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    th[scope='row'] {
      min-width: 11rem;
    }
    .updated {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .offset {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .amount {
      width: 6rem;
    }
    .time {
      width: 8.5rem;
    }
    .unit {
      /* level with the text in the field (56 px high), also when an error shows below it */
      line-height: 56px;
      white-space: nowrap;
    }
    tr.disabled .unit,
    tr.disabled td:nth-child(2) {
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReminderRulesPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  protected readonly rows = load(() =>
    this.api.reminderRules().then((rules) => [...rules].sort(byReminderOrder).map(ruleRow)),
  );
  protected readonly saving = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly audienceKey = audienceKey;
  protected readonly offsetUnitKey = offsetUnitKey;
  protected readonly directionKey = directionKey;

  protected kindName(kind: string): string {
    const key = reminderKindKey(kind);
    return key ? this.i18n.t(key) : kind;
  }

  protected moment(iso: string): string {
    return formatMoment(iso, this.i18n.locale());
  }

  protected async save(row: RuleRow, tr: HTMLElement): Promise<void> {
    if (row.saving()) return;
    const name = this.kindName(row.kind);
    this.done.set(null);
    this.error.set(null);
    row.form.markAllAsTouched();
    if (row.form.invalid) {
      this.error.set(this.i18n.t('reminders.checkFields', { kind: name }));
      this.focusFirstInvalid(tr);
      return;
    }
    const { offsetAmount, sendTime, enabled } = row.form.getRawValue();
    row.saving.set(true);
    this.saving.set(this.i18n.t('reminders.saving', { kind: name }));
    try {
      const saved = await this.api.updateReminderRule(row.kind, {
        offsetAmount: Number(offsetAmount),
        sendTime,
        enabled,
      });
      row.rule.set(saved);
      row.form.reset({ offsetAmount: saved.offsetAmount, sendTime: saved.sendTime, enabled: saved.enabled });
      this.done.set(this.i18n.t('reminders.saved', { kind: name }));
    } catch (e) {
      const fields = fieldErrors(e);
      const shown = FIELDS.filter((f) => fields[f]);
      for (const f of shown) {
        const control = row.form.controls[f];
        control.setErrors({ ...control.errors, server: fields[f] });
        control.markAsTouched();
      }
      if (shown.length) {
        this.error.set(this.i18n.t('reminders.checkFields', { kind: name }));
        this.focusFirstInvalid(tr);
      } else {
        const message = apiError(e)?.message ?? this.i18n.t('common.saveFailed');
        this.error.set(this.i18n.t('reminders.saveFailed', { kind: name, message }));
      }
    } finally {
      row.saving.set(false);
      this.saving.set(null);
    }
  }

  /** To the first field with an error, once the row shows its errors. */
  private focusFirstInvalid(tr: HTMLElement): void {
    afterNextRender(() => tr.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
