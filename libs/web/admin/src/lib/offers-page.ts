import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LEVELS, type Level, OFFER_TYPES, type OfferDto, type OfferType, REQUESTER_KINDS } from '@halt/contracts';
import { apiError, fieldErrors, I18n, load, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { FormMessages, LoadError, Pager, pagesOf } from '@halt/web/ui';
import { AdminApi } from './admin-api';
import { centsToEuro, euroToCents, splitTopics } from './catalogue-labels';

const FIELDS = [
  'code',
  'type',
  'title',
  'description',
  'topics',
  'levels',
  'durationMinutes',
  'maxPupilsPerGroup',
  'staffNeeded',
  'requiredSkill',
  'priceEuroCents',
  'priceCredits',
  'parentMeetingPossible',
  'onlinePossible',
] as const;
type Field = (typeof FIELDS)[number];

const num = (value: number | null) => new FormControl<number | null>(value, Validators.required);

function offerForm(o?: OfferDto) {
  return new FormGroup({
    code: new FormControl(o?.code ?? '', { nonNullable: true, validators: [Validators.required] }),
    type: new FormControl<OfferType>(o?.type ?? 'voorlichting', { nonNullable: true }),
    title: new FormControl(o?.title ?? '', { nonNullable: true, validators: [Validators.required] }),
    description: new FormControl(o?.description ?? '', { nonNullable: true, validators: [Validators.required] }),
    topics: new FormControl((o?.topics ?? []).join(', '), { nonNullable: true }),
    levels: new FormGroup(
      Object.fromEntries(
        LEVELS.map((l) => [l, new FormControl(o?.levels.includes(l) ?? false, { nonNullable: true })]),
      ),
    ),
    durationMinutes: num(o?.durationMinutes ?? 60),
    maxPupilsPerGroup: num(o?.maxPupilsPerGroup ?? 32),
    staffNeeded: num(o?.staffNeeded ?? 1),
    requiredSkill: new FormControl(o?.requiredSkill ?? '', { nonNullable: true, validators: [Validators.required] }),
    priceEuroCents: new FormControl(o ? centsToEuro(o.priceEuroCents) : '', {
      nonNullable: true,
      validators: [Validators.required, (c) => (euroToCents(String(c.value ?? '')) === null ? { euro: true } : null)],
    }),
    priceCredits: num(o?.priceCredits ?? 1),
    parentMeetingPossible: new FormControl(o?.parentMeetingPossible ?? false, { nonNullable: true }),
    onlinePossible: new FormControl(o?.onlinePossible ?? false, { nonNullable: true }),
    requesterKinds: new FormGroup(
      Object.fromEntries(
        REQUESTER_KINDS.map((k) => [
          k,
          new FormControl((o?.requesterKinds ?? ['school']).includes(k), { nonNullable: true }),
        ]),
      ),
    ),
  });
}
type OfferForm = ReturnType<typeof offerForm>;

/**
 * `/beheer/aanbod`: the whole catalogue, withdrawn offers marked, 50 a page; add an offer, change one, withdraw it
 * (schools no longer see it; requests already made keep it) or bring it back. The API's reason shows at each field.
 */
@Component({
  selector: 'halt-offers-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    Pager,
    FormMessages,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'offers.heading' | t }}</h1>
    <p>{{ 'offers.intro' | t }}</p>
    <p>
      <button mat-stroked-button type="button" (click)="startNew()">{{ 'offers.new' | t }}</button>
    </p>

    @if (list.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="list.reload()" />
    } @else if (list.value(); as result) {
      @let caption = 'offers.caption' | t: { count: result.total };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'offers.title' | t }}</th>
              <th scope="col">{{ 'offers.type' | t }}</th>
              <th scope="col" class="number">{{ 'offers.duration' | t }}</th>
              <th scope="col" class="number">{{ 'offers.priceCredits' | t }}</th>
              <th scope="col">{{ 'offers.status' | t }}</th>
              <th scope="col">{{ 'offers.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (o of result.items; track o.id) {
              <tr [class.withdrawn]="!o.active">
                <th scope="row">{{ o.title }}</th>
                <td>{{ typeKey(o.type) | t }}</td>
                <td class="number">{{ o.durationMinutes }}</td>
                <td class="number">{{ o.priceCredits }}</td>
                <td>
                  <span [class]="o.active ? 'chip' : 'chip chip--withdrawn'">{{
                    (o.active ? 'offers.active' : 'offers.withdrawn') | t
                  }}</span>
                </td>
                <td class="actions">
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="'offers.editLabel' | t: { title: o.title }"
                    (click)="edit(o)"
                  >
                    {{ 'offers.edit' | t }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="
                      (o.active ? 'offers.withdrawLabel' : 'offers.restoreLabel') | t: { title: o.title }
                    "
                    (click)="setActive(o, !o.active)"
                  >
                    {{ (o.active ? 'offers.withdraw' : 'offers.restore') | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'offers.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="list.loading()"
          [label]="'offers.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="page.set($event); list.reload()"
        />
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }

    <halt-form-messages #messages [done]="done()" [error]="error()" />

    @if (form(); as f) {
      <section aria-labelledby="offer-form-heading">
        <h2 id="offer-form-heading" tabindex="-1" #formHeading>
          {{ editing() ? ('offers.editHeading' | t: { title: editing()!.title }) : ('offers.newHeading' | t) }}
        </h2>
        <form class="stack-form" [formGroup]="f" (ngSubmit)="save()" #formEl novalidate>
          @if (!editing()) {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'offers.code' | t }}</mat-label>
              <input matInput formControlName="code" required autocomplete="off" />
              <mat-hint>{{ 'offers.codeHint' | t }}</mat-hint>
              <mat-error>{{ errorOf('code') }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field appearance="outline">
            <mat-label>{{ 'offers.type' | t }}</mat-label>
            <select matNativeControl formControlName="type">
              @for (t of types; track t) {
                <option [value]="t">{{ typeKey(t) | t }}</option>
              }
            </select>
            <mat-error>{{ errorOf('type') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'offers.title' | t }}</mat-label>
            <input matInput formControlName="title" required />
            <mat-error>{{ errorOf('title') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'offers.description' | t }}</mat-label>
            <textarea matInput formControlName="description" rows="4" required></textarea>
            <mat-error>{{ errorOf('description') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'offers.topics' | t }}</mat-label>
            <input matInput formControlName="topics" />
            <mat-hint>{{ 'offers.topicsHint' | t }}</mat-hint>
            <mat-error>{{ errorOf('topics') }}</mat-error>
          </mat-form-field>
          <fieldset formGroupName="levels" [attr.aria-describedby]="levelsError() ? 'levels-error' : null">
            <legend>{{ 'offers.levels' | t }}</legend>
            @for (l of levels; track l) {
              <mat-checkbox [formControlName]="l">{{ levelKey(l) | t }}</mat-checkbox>
            }
            @if (levelsError(); as message) {
              <p class="field-error" id="levels-error">{{ message }}</p>
            }
          </fieldset>
          <fieldset formGroupName="requesterKinds">
            <legend>{{ 'offerAdmin.requesterKinds' | t }}</legend>
            @for (k of requesterKinds; track k) {
              <mat-checkbox [formControlName]="k">{{ requesterKindKey(k) | t }}</mat-checkbox>
            }
          </fieldset>
          <div class="numbers">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'offers.durationMinutes' | t }}</mat-label>
              <input matInput type="number" inputmode="numeric" formControlName="durationMinutes" required />
              <mat-error>{{ errorOf('durationMinutes') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'offers.maxPupilsPerGroup' | t }}</mat-label>
              <input matInput type="number" inputmode="numeric" formControlName="maxPupilsPerGroup" required />
              <mat-error>{{ errorOf('maxPupilsPerGroup') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'offers.staffNeeded' | t }}</mat-label>
              <input matInput type="number" inputmode="numeric" formControlName="staffNeeded" required />
              <mat-error>{{ errorOf('staffNeeded') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'offers.priceEuro' | t }}</mat-label>
              <input matInput inputmode="decimal" formControlName="priceEuroCents" required />
              <mat-hint>{{ 'offers.priceEuroHint' | t }}</mat-hint>
              <mat-error>{{ errorOf('priceEuroCents') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'offers.priceCredits' | t }}</mat-label>
              <input matInput type="number" inputmode="numeric" formControlName="priceCredits" required />
              <mat-error>{{ errorOf('priceCredits') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'offers.requiredSkill' | t }}</mat-label>
            <input matInput formControlName="requiredSkill" required autocomplete="off" />
            <mat-hint>{{ 'offers.requiredSkillHint' | t }}</mat-hint>
            <mat-error>{{ errorOf('requiredSkill') }}</mat-error>
          </mat-form-field>
          <mat-checkbox formControlName="parentMeetingPossible">{{ 'offers.parentMeetingPossible' | t }}</mat-checkbox>
          <mat-checkbox formControlName="onlinePossible">{{ 'offers.onlinePossible' | t }}</mat-checkbox>
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | t }}</button>
            <button mat-button type="button" (click)="close()">{{ 'offers.cancel' | t }}</button>
          </div>
        </form>
      </section>
    }
  `,
  styles: `
    .number {
      text-align: right;
    }
    .actions {
      white-space: nowrap;
    }
    tr.withdrawn th,
    tr.withdrawn td {
      color: var(--mat-sys-on-surface-variant);
    }
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      border: 1px solid var(--mat-sys-outline);
      white-space: nowrap;
    }
    .chip--withdrawn {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .stack-form {
      display: flex;
      flex-direction: column;
      max-width: 40rem;
    }
    .numbers {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .numbers mat-form-field {
      flex: 1 1 11rem;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
    }
    .field-error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class OffersPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  private readonly messages = viewChild('messages', { read: ElementRef });
  protected readonly types = OFFER_TYPES;
  protected readonly levels = LEVELS;
  protected readonly requesterKinds = REQUESTER_KINDS;
  protected readonly requesterKindKey = (k: (typeof REQUESTER_KINDS)[number]): TranslationKey => `requesterKind.${k}`;
  protected readonly page = signal(1);
  protected readonly pagesOf = pagesOf;
  protected readonly list = load(() => this.api.offers(this.page()));

  protected readonly form = signal<OfferForm | null>(null);
  protected readonly editing = signal<OfferDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly levelsError = signal<string | null>(null);

  protected typeKey(t: OfferType): TranslationKey {
    return `offerType.${t}`;
  }

  protected levelKey(l: Level): TranslationKey {
    return `level.${l}`;
  }

  /** The message under a field: the API's reason, or what the form itself found. */
  protected errorOf(field: Field): string {
    const control = this.form()?.get(field);
    if (!control) return '';
    const server = control.getError('server') as string | null;
    if (server) return server;
    if (control.hasError('euro')) return this.i18n.t('offers.euroInvalid');
    if (control.hasError('required')) return this.i18n.t('offers.required');
    return '';
  }

  protected startNew(): void {
    this.open(offerForm(), null);
  }

  protected edit(o: OfferDto): void {
    this.open(offerForm(o), o);
  }

  protected close(): void {
    this.form.set(null);
    this.editing.set(null);
  }

  private open(form: OfferForm, offer: OfferDto | null): void {
    this.done.set(null);
    this.error.set(null);
    this.levelsError.set(null);
    this.editing.set(offer);
    this.form.set(form);
    setTimeout(() => this.formHeading()?.nativeElement.focus());
  }

  protected async setActive(o: OfferDto, active: boolean): Promise<void> {
    this.done.set(null);
    this.error.set(null);
    try {
      await this.api.updateOffer(o.id, { active });
      this.done.set(this.i18n.t(active ? 'offers.restored' : 'offers.withdrawnDone', { title: o.title }));
      this.list.reload();
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
    }
    this.messages()?.nativeElement.focus();
  }

  protected async save(): Promise<void> {
    const f = this.form();
    if (!f || this.busy()) return;
    this.done.set(null);
    this.error.set(null);
    this.levelsError.set(null);
    f.markAllAsTouched();
    const editing = this.editing();
    if (editing) f.controls.code.disable();
    if (f.invalid) {
      this.error.set(this.i18n.t('common.checkFields'));
      this.focusFirstInvalid();
      return;
    }
    const v = f.getRawValue();
    const body = {
      type: v.type,
      title: v.title,
      description: v.description,
      topics: splitTopics(v.topics),
      levels: LEVELS.filter((l) => v.levels[l]),
      requesterKinds: REQUESTER_KINDS.filter((k) => v.requesterKinds[k]),
      durationMinutes: Number(v.durationMinutes),
      maxPupilsPerGroup: Number(v.maxPupilsPerGroup),
      staffNeeded: Number(v.staffNeeded),
      requiredSkill: v.requiredSkill.trim(),
      priceEuroCents: euroToCents(v.priceEuroCents) ?? 0,
      priceCredits: Number(v.priceCredits),
      parentMeetingPossible: v.parentMeetingPossible,
      onlinePossible: v.onlinePossible,
    };
    this.busy.set(true);
    try {
      const saved = editing
        ? await this.api.updateOffer(editing.id, body)
        : await this.api.createOffer({ ...body, code: v.code.trim() });
      this.close();
      this.done.set(this.i18n.t('offers.saved', { title: saved.title }));
      this.list.reload();
      this.messages()?.nativeElement.focus();
    } catch (e) {
      const fields = fieldErrors(e);
      const shown: string[] = [];
      for (const [field, message] of Object.entries(fields)) {
        const name = field.split('.')[0] as Field;
        if (!(FIELDS as readonly string[]).includes(name)) continue;
        shown.push(name);
        if (name === 'levels') {
          this.levelsError.set(message);
          continue;
        }
        const control = f.get(name);
        control?.setErrors({ ...control.errors, server: message });
        control?.markAsTouched();
      }
      if (shown.length) {
        this.error.set(this.i18n.t('common.checkFields'));
        this.focusFirstInvalid();
      } else {
        this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
        this.messages()?.nativeElement.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const form = this.formEl()?.nativeElement;
      const target =
        form?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, select.ng-invalid') ??
        (this.levelsError() ? form?.querySelector<HTMLElement>('fieldset input') : null);
      target?.focus();
    });
  }
}
