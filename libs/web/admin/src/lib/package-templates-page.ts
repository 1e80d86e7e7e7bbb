import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { OfferDto, PackageTemplateDto, PackageTemplateInput } from '@halt/contracts';
import { allPages, apiError, fieldErrors, I18n, load, TranslatePipe } from '@halt/web/core';
import { FormMessages, LoadError } from '@halt/web/ui';
import { AdminApi } from './admin-api';

const FIELDS = ['code', 'name', 'description', 'defaultCredits'] as const;

function offerRow(offer: OfferDto, chosen?: { credits: number }) {
  return new FormGroup({
    offerId: new FormControl(offer.id, { nonNullable: true }),
    title: new FormControl(offer.title, { nonNullable: true }),
    included: new FormControl(!!chosen, { nonNullable: true }),
    credits: new FormControl<number | null>(chosen?.credits ?? Math.max(offer.priceCredits, 1)),
  });
}

function templateForm(offers: OfferDto[], t?: PackageTemplateDto) {
  return new FormGroup({
    code: new FormControl(t?.code ?? '', { nonNullable: true, validators: [Validators.required] }),
    name: new FormControl(t?.name ?? '', { nonNullable: true, validators: [Validators.required] }),
    description: new FormControl(t?.description ?? '', { nonNullable: true }),
    defaultCredits: new FormControl<number | null>(t?.defaultCredits ?? 10, Validators.required),
    active: new FormControl(t?.active ?? true, { nonNullable: true }),
    offers: new FormArray(
      offers
        .filter((o) => o.active || t?.offers.some((x) => x.offerId === o.id))
        .map((o) =>
          offerRow(
            o,
            t?.offers.find((x) => x.offerId === o.id),
          ),
        ),
    ),
  });
}
type TemplateForm = ReturnType<typeof templateForm>;

/**
 * `/beheer/standaardpakketten`: the package templates gemeenten order from; add one or change its details, its
 * offers and the credits per session. Orders made from a template keep what they were made with.
 */
@Component({
  selector: 'halt-package-templates-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    FormMessages,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'templates.heading' | t }}</h1>
    <p>{{ 'templates.intro' | t }}</p>
    <p>
      <button mat-stroked-button type="button" (click)="startNew()">{{ 'templates.new' | t }}</button>
    </p>

    @if (data.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="data.reload()" />
    } @else if (data.value(); as d) {
      @let caption = 'templates.caption' | t: { count: d.templates.length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'templates.name' | t }}</th>
              <th scope="col" class="number">{{ 'templates.defaultCredits' | t }}</th>
              <th scope="col">{{ 'templates.offers' | t }}</th>
              <th scope="col">{{ 'templates.status' | t }}</th>
              <th scope="col">{{ 'templates.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (t of d.templates; track t.id) {
              <tr>
                <th scope="row">{{ t.name }}</th>
                <td class="number">{{ t.defaultCredits }}</td>
                <td class="wide">
                  @for (o of t.offers; track o.offerId) {
                    {{ o.title }} ({{ 'templates.creditsShort' | t: { credits: o.credits } }}){{ $last ? '' : ', ' }}
                  }
                </td>
                <td>{{ (t.active ? 'templates.active' : 'templates.inactive') | t }}</td>
                <td>
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="'templates.editLabel' | t: { name: t.name }"
                    (click)="edit(t)"
                  >
                    {{ 'templates.edit' | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="5">{{ 'templates.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }

    <halt-form-messages #messages [done]="done()" [error]="error()" />

    @if (form(); as f) {
      <section aria-labelledby="template-form-heading">
        <h2 id="template-form-heading" tabindex="-1" #formHeading>
          {{ editing() ? ('templates.editHeading' | t: { name: editing()!.name }) : ('templates.newHeading' | t) }}
        </h2>
        <form class="stack-form" [formGroup]="f" (ngSubmit)="save()" #formEl novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'templates.code' | t }}</mat-label>
            <input matInput formControlName="code" required autocomplete="off" />
            <mat-hint>{{ 'templates.codeHint' | t }}</mat-hint>
            <mat-error>{{ errorOf(f.controls.code) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'templates.name' | t }}</mat-label>
            <input matInput formControlName="name" required />
            <mat-error>{{ errorOf(f.controls.name) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'templates.description' | t }}</mat-label>
            <textarea matInput formControlName="description" rows="3"></textarea>
            <mat-error>{{ errorOf(f.controls.description) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'templates.defaultCredits' | t }}</mat-label>
            <input matInput type="number" inputmode="numeric" formControlName="defaultCredits" required />
            <mat-error>{{ errorOf(f.controls.defaultCredits) }}</mat-error>
          </mat-form-field>
          <mat-checkbox formControlName="active">{{ 'templates.activeLabel' | t }}</mat-checkbox>

          <fieldset formArrayName="offers">
            <legend>{{ 'templates.offersLegend' | t }}</legend>
            @if (offersError(); as message) {
              <p class="field-error">{{ message }}</p>
            }
            @for (row of f.controls.offers.controls; track row.controls.offerId.value; let i = $index) {
              <div class="offer-row" [formGroupName]="i">
                <mat-checkbox formControlName="included">{{ row.controls.title.value }}</mat-checkbox>
                @if (row.controls.included.value) {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="credits">
                    <mat-label>{{ 'templates.credits' | t }}</mat-label>
                    <input
                      matInput
                      type="number"
                      inputmode="numeric"
                      formControlName="credits"
                      [attr.aria-label]="'templates.creditsLabel' | t: { title: row.controls.title.value }"
                    />
                    <mat-error>{{ errorOf(row.controls.credits) }}</mat-error>
                  </mat-form-field>
                }
              </div>
            }
          </fieldset>
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | t }}</button>
            <button mat-button type="button" (click)="close()">{{ 'templates.cancel' | t }}</button>
          </div>
        </form>
      </section>
    }
  `,
  styles: `
    .number {
      text-align: right;
    }
    .wide {
      min-width: 14rem;
      max-width: 32rem;
    }
    .stack-form {
      display: flex;
      flex-direction: column;
      max-width: 40rem;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      margin: 1rem 0;
    }
    .offer-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 1rem;
      margin: 0.25rem 0;
    }
    .credits {
      width: 8rem;
    }
    .field-error {
      margin: 0.25rem 0;
      color: var(--mat-sys-error);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class PackageTemplatesPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  private readonly messages = viewChild('messages', { read: ElementRef });
  protected readonly data = load(async () => {
    const [templates, offers] = await Promise.all([
      this.api.packageTemplates(),
      allPages((page) => this.api.offers(page)),
    ]);
    return { templates, offers };
  });

  protected readonly form = signal<TemplateForm | null>(null);
  protected readonly editing = signal<PackageTemplateDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly offersError = signal<string | null>(null);

  protected errorOf(control: AbstractControl): string {
    const server = control.getError('server') as string | null;
    if (server) return server;
    if (control.hasError('required')) return this.i18n.t('offers.required');
    return '';
  }

  protected startNew(): void {
    this.open(null);
  }

  protected edit(t: PackageTemplateDto): void {
    this.open(t);
  }

  protected close(): void {
    this.form.set(null);
    this.editing.set(null);
  }

  private open(t: PackageTemplateDto | null): void {
    const offers = this.data.value()?.offers ?? [];
    this.done.set(null);
    this.error.set(null);
    this.offersError.set(null);
    this.editing.set(t);
    this.form.set(templateForm(offers, t ?? undefined));
    setTimeout(() => this.formHeading()?.nativeElement.focus());
  }

  protected async save(): Promise<void> {
    const f = this.form();
    if (!f || this.busy()) return;
    this.done.set(null);
    this.error.set(null);
    this.offersError.set(null);
    f.markAllAsTouched();
    if (f.invalid) {
      this.error.set(this.i18n.t('common.checkFields'));
      this.focusFirstInvalid();
      return;
    }
    const v = f.getRawValue();
    const chosen = f.controls.offers.controls.filter((r) => r.controls.included.value);
    const body: PackageTemplateInput = {
      code: v.code.trim(),
      name: v.name,
      description: v.description,
      defaultCredits: Number(v.defaultCredits),
      active: v.active,
      offers: chosen.map((r) => ({ offerId: r.controls.offerId.value, credits: Number(r.controls.credits.value) })),
    };
    this.busy.set(true);
    const editing = this.editing();
    try {
      const saved = editing
        ? await this.api.updatePackageTemplate(editing.id, body)
        : await this.api.createPackageTemplate(body);
      this.close();
      this.done.set(this.i18n.t('templates.saved', { name: saved.name }));
      this.data.reload();
      this.messages()?.nativeElement.focus();
    } catch (e) {
      let shown = 0;
      for (const [field, message] of Object.entries(fieldErrors(e))) {
        const offer = /^offers\.(\d+)\.(credits|offerId)$/.exec(field);
        const control: AbstractControl | undefined = offer
          ? offer[2] === 'credits'
            ? chosen[Number(offer[1])]?.controls.credits
            : undefined
          : (FIELDS as readonly string[]).includes(field)
            ? f.controls[field as (typeof FIELDS)[number]]
            : undefined;
        if (control) {
          control.setErrors({ ...control.errors, server: message });
          control.markAsTouched();
        } else if (field.startsWith('offers')) {
          const title = offer ? chosen[Number(offer[1])]?.controls.title.value : null;
          this.offersError.set(title ? `${title}: ${message}` : message);
        } else continue;
        shown++;
      }
      if (shown) {
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
    setTimeout(() =>
      this.formEl()?.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid')?.focus(),
    );
  }
}
