import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AbsenceDto, AbsenceKind, CreateAbsenceRequest, StaffMemberDto } from '@halt/contracts';
import { LOCAL_TIME_PATTERN } from '@halt/domain';
import { apiError, I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { ABSENCE_KINDS, absenceKindKey, formatDay } from './labels';

/** How the editor saves: the specialist's own calls, or a planner's calls for one specialist. */
export interface AbsenceActions {
  add(body: CreateAbsenceRequest): Promise<StaffMemberDto>;
  remove(absenceId: string): Promise<StaffMemberDto>;
}

const FIELDS = ['kind', 'from', 'to', 'startTime', 'endTime', 'note'] as const;

/** The last day is not before the first, and on a single day the end time is after the start time. */
const periodInOrder = (group: AbstractControl): ValidationErrors | null => {
  const v = group.value as { from: string; to: string; startTime: string; endTime: string };
  if (v.from && v.to && v.to < v.from) return { dates: true };
  if (v.from && v.from === v.to && v.startTime && v.endTime && v.endTime <= v.startTime) return { times: true };
  return null;
};

/**
 * Dated absences of a specialist (leave, sick, training): a table with a remove button per row and a form to
 * add one, whole days or part of a day. Used on the specialist's own page and on the planner's staff page.
 */
@Component({
  selector: 'halt-absence-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="absences" aria-labelledby="absences-heading">
      <h2 id="absences-heading">{{ 'availability.absencesHeading' | t }}</h2>
      <p>{{ 'availability.absencesIntro' | t }}</p>

      <div #messages class="messages" tabindex="-1" aria-live="polite">
        @if (done(); as message) {
          <p class="notice" role="status">{{ message }}</p>
        }
        @if (error(); as message) {
          <p class="notice notice--error" role="alert">{{ message }}</p>
        }
      </div>

      @let caption = 'availability.absencesCaption' | t: { count: absences().length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'availability.kind' | t }}</th>
              <th scope="col">{{ 'availability.from' | t }}</th>
              <th scope="col">{{ 'availability.to' | t }}</th>
              <th scope="col">{{ 'availability.times' | t }}</th>
              <th scope="col">{{ 'availability.note' | t }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ 'availability.actions' | t }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (a of absences(); track a.id) {
              <tr>
                <th scope="row">{{ kindName(a.kind) }}</th>
                <td>{{ day(a.from) }}</td>
                <td>{{ day(a.to) }}</td>
                <td>
                  @if (a.startTime || a.endTime) {
                    {{ a.startTime ?? '00:00' }}–{{ a.endTime ?? '24:00' }}
                  } @else {
                    {{ 'availability.wholeDays' | t }}
                  }
                </td>
                <td>{{ a.note }}</td>
                <td>
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    (click)="remove(a)"
                    [attr.aria-label]="'availability.removeAbsenceLabel' | t: describe(a)"
                  >
                    {{ 'availability.remove' | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'availability.noAbsences' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <form [formGroup]="form" (ngSubmit)="add()" novalidate>
        <fieldset class="group">
          <legend>{{ 'availability.addAbsence' | t }}</legend>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'availability.kind' | t }}</mat-label>
            <select matNativeControl formControlName="kind" required>
              @for (k of kinds; track k) {
                <option [value]="k">{{ kindName(k) }}</option>
              }
            </select>
            @if (form.controls.kind.invalid) {
              <mat-error>{{ message(form.controls.kind, 'availability.kindRequired') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'availability.from' | t }}</mat-label>
            <input matInput type="date" formControlName="from" required />
            @if (form.controls.from.invalid) {
              <mat-error>{{ message(form.controls.from, 'availability.fromRequired') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'availability.to' | t }}</mat-label>
            <input matInput type="date" formControlName="to" required [min]="form.controls.from.value" />
            @if (form.controls.to.invalid) {
              <mat-error>{{ message(form.controls.to, 'availability.toRequired') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'availability.startTime' | t }}</mat-label>
            <input matInput type="time" step="300" formControlName="startTime" />
            <mat-hint>{{ 'availability.partOfDayHint' | t }}</mat-hint>
            @if (form.controls.startTime.invalid) {
              <mat-error>{{ message(form.controls.startTime, 'availability.timeInvalid') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'availability.endTime' | t }}</mat-label>
            <input matInput type="time" step="300" formControlName="endTime" />
            @if (form.controls.endTime.invalid) {
              <mat-error>{{ message(form.controls.endTime, 'availability.timeInvalid') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>{{ 'availability.noteOptional' | t }}</mat-label>
            <input matInput formControlName="note" maxlength="200" autocomplete="off" />
            @if (form.controls.note.invalid) {
              <mat-error>{{ message(form.controls.note, 'availability.noteTooLong') }}</mat-error>
            }
          </mat-form-field>
          @if (submitted() && form.errors?.['dates']) {
            <p class="field-error">{{ 'availability.datesOrder' | t }}</p>
          }
          @if (submitted() && form.errors?.['times']) {
            <p class="field-error">{{ 'availability.timesOrder' | t }}</p>
          }
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'availability.addAbsence' | t }}</button>
          </div>
        </fieldset>
      </form>
    </section>
  `,
  styles: `
    .group {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.5rem 1rem 1rem;
      margin: 1rem 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    mat-form-field {
      flex: 1 1 11rem;
      max-width: 20rem;
    }
    mat-form-field.wide {
      max-width: 40rem;
      flex-basis: 100%;
    }
    .buttons,
    .field-error {
      flex: 1 1 100%;
    }
    .field-error {
      color: var(--mat-sys-error);
      margin: 0.25rem 0;
    }
    .messages:focus {
      outline: none;
    }
  `,
})
export class AbsenceEditor {
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly messages = viewChild<ElementRef<HTMLElement>>('messages');
  /** Reset through the directive too, so a finished submit no longer marks the empty fields as errors. */
  private readonly formDirective = viewChild(FormGroupDirective);

  readonly absences = input.required<AbsenceDto[]>();
  readonly actions = input.required<AbsenceActions>();
  /** The specialist as the API returned them after a change. */
  readonly changed = output<StaffMemberDto>();

  protected readonly kinds = ABSENCE_KINDS;
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly form = new FormGroup(
    {
      kind: new FormControl<AbsenceKind>('leave', { nonNullable: true, validators: Validators.required }),
      from: new FormControl('', { nonNullable: true, validators: Validators.required }),
      to: new FormControl('', { nonNullable: true, validators: Validators.required }),
      startTime: new FormControl('', { nonNullable: true, validators: Validators.pattern(LOCAL_TIME_PATTERN) }),
      endTime: new FormControl('', { nonNullable: true, validators: Validators.pattern(LOCAL_TIME_PATTERN) }),
      note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
    },
    { validators: periodInOrder },
  );

  /** Clears what the last change said, e.g. when the page saved something else meanwhile. */
  clearMessages(): void {
    this.done.set(null);
    this.error.set(null);
  }

  protected kindName(kind: string): string {
    const key = absenceKindKey(kind);
    return key ? this.i18n.t(key) : kind;
  }

  protected day(date: string): string {
    return formatDay(date, this.i18n.locale());
  }

  protected describe(a: AbsenceDto): Record<string, string> {
    return { kind: this.kindName(a.kind), from: this.day(a.from), to: this.day(a.to) };
  }

  protected message(control: AbstractControl, key: TranslationKey): string {
    const server = control.errors?.['server'];
    return typeof server === 'string' ? server : this.i18n.t(key);
  }

  protected async add(): Promise<void> {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.done.set(null);
      this.error.set(this.i18n.t('common.checkFields'));
      this.focusMessages();
      return;
    }
    const v = this.form.getRawValue();
    const body: CreateAbsenceRequest = { kind: v.kind, from: v.from, to: v.to };
    if (v.startTime) body.startTime = v.startTime;
    if (v.endTime) body.endTime = v.endTime;
    if (v.note.trim()) body.note = v.note.trim();
    await this.run(
      () => this.actions().add(body),
      () => {
        this.submitted.set(false);
        const empty = { kind: v.kind, from: '', to: '', startTime: '', endTime: '', note: '' };
        const directive = this.formDirective();
        if (directive) directive.resetForm(empty);
        else this.form.reset(empty);
        return this.i18n.t('availability.absenceAdded', {
          kind: this.kindName(v.kind),
          from: this.day(v.from),
          to: this.day(v.to),
        });
      },
    );
  }

  protected remove(a: AbsenceDto): Promise<void> {
    return this.run(
      () => this.actions().remove(a.id),
      () => this.i18n.t('availability.absenceRemoved', this.describe(a)),
    );
  }

  private async run(work: () => Promise<StaffMemberDto>, doneText: () => string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      const member = await work();
      this.changed.emit(member);
      this.done.set(doneText());
    } catch (e) {
      const body = apiError(e);
      const shown: string[] = [];
      for (const f of body?.errors ?? []) {
        const name = FIELDS.find((x) => x === f.field);
        if (name) {
          this.form.controls[name].setErrors({ server: f.message });
          this.form.controls[name].markAsTouched();
        } else shown.push(f.message);
      }
      const detail = shown.join('; ');
      this.error.set(`${body?.message ?? this.i18n.t('common.saveFailed')}${detail ? ` ${detail}` : ''}`.trim());
    } finally {
      this.busy.set(false);
      this.focusMessages();
    }
  }

  /** The row (and the button pressed) may be gone: focus moves to what happened. */
  private focusMessages(): void {
    afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
  }
}
