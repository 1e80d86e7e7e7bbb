import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy, signal, viewChild } from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  OFFER_TYPES,
  type FieldError,
  type OfferType,
  type PackageOrderDto,
  type PackageTemplateDto,
  type SchoolDto,
} from '@halt/contracts';
import { apiError, I18n, offerTypeKey, PortalApi, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { defaultYear, formatDate, yearOptions } from '../labels';
import { PackagesApi } from '../packages-api';
import {
  controlPathOf,
  CUSTOM,
  firstStepWithError,
  ORDER_STEPS,
  toOrderRequest,
  type OfferOption,
  type OrderStep,
  type OrderValue,
} from './order-model';

/** Labels of the API's field names, for the list of refusals on the review step. */
const FIELD_LABELS: Record<string, TranslationKey> = {
  templateId: 'packages.wizard.template',
  name: 'packages.name',
  offers: 'packages.wizard.step.offers',
  offerId: 'packages.wizard.include',
  credits: 'packages.wizard.credits',
  quotas: 'packages.wizard.quotas',
  allSchools: 'packages.wizard.schoolsLegend',
  schoolIds: 'packages.wizard.schoolList',
  budgetCredits: 'packages.wizard.budgetCredits',
  subsidyYear: 'packages.year',
  requiresApproval: 'packages.wizard.requiresApproval',
  orderDeadline: 'packages.orderDeadline',
  notes: 'packages.notes',
};

const CREDITS = [Validators.required, Validators.min(1), Validators.max(100000), Validators.pattern(/^\d+$/)];

type OfferRowForm = FormGroup<{
  offerId: FormControl<string>;
  include: FormControl<boolean>;
  credits: FormControl<number | null>;
}>;

/** At least one offer in the package. */
function atLeastOneOffer(group: AbstractControl): ValidationErrors | null {
  const offers = (group.get('offers') as FormArray<OfferRowForm> | null)?.getRawValue() ?? [];
  return offers.some((o) => o.include) ? null : { noOffers: true };
}

/** All schools, or at least one chosen. */
function schoolsChosen(group: AbstractControl): ValidationErrors | null {
  const { allSchools, schoolIds } = group.getRawValue() as { allSchools: boolean; schoolIds: string[] };
  return allSchools || schoolIds.length ? null : { noSchools: true };
}

/**
 * The order wizard (`/gemeente/pakketten/nieuw`, and `…/:id/wijzigen` for a draft): template or custom package →
 * offers with their credit prices and optional ceilings per offer type → schools → budget and conditions → review.
 * It saves a draft; the gemeente sends it to Halt with "Bestellen" on the order's page. A refusal sends the
 * gemeente back to the step with the field, the API's reason beside it.
 */
@Component({
  selector: 'halt-order-wizard',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatStepperModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './order-wizard.html',
  styleUrl: './order-wizard.scss',
})
export class OrderWizard implements OnDestroy {
  private readonly api = inject(PackagesApi);
  private readonly portal = inject(PortalApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18n);
  private readonly stepper = viewChild(MatStepper);
  /** The draft being changed, when editing one. */
  protected readonly editId = inject(ActivatedRoute).snapshot.paramMap.get('id');

  protected readonly CUSTOM = CUSTOM;
  protected readonly offerTypes = OFFER_TYPES;
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly formatDate = formatDate;
  protected readonly years = signal(yearOptions(defaultYear()));

  protected readonly ready = signal(false);
  protected readonly loadFailed = signal(false);
  /** The order being edited is no longer a draft. */
  protected readonly notDraft = signal<PackageOrderDto | null>(null);
  protected readonly templates = signal<PackageTemplateDto[]>([]);
  protected readonly offerOptions = signal<OfferOption[]>([]);
  protected readonly schools = signal<SchoolDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly submitError = signal<string | null>(null);
  protected readonly serverErrors = signal<FieldError[]>([]);
  protected readonly narrow = signal(false);
  /** The step where "Volgende" was refused, to say why. */
  protected readonly stepError = signal<OrderStep | null>(null);
  /** Bumped on every form change, so that computed values reading the form follow it. */
  private readonly changes = signal(0);
  /** Rows of the offers sent last, to map `offers.N…` refusals back to the form. */
  private sentRows: number[] = [];

  protected readonly templateStep = this.fb.group({
    template: this.fb.control('', Validators.required),
    name: this.fb.control('', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]),
  });
  protected readonly offerRows = this.fb.array<OfferRowForm>([]);
  protected readonly quotas = new FormGroup(
    Object.fromEntries(
      OFFER_TYPES.map((t) => [
        t,
        new FormControl<number | null>(null, [Validators.min(0), Validators.max(1000000), Validators.pattern(/^\d+$/)]),
      ]),
    ) as Record<OfferType, FormControl<number | null>>,
  );
  protected readonly offersStep = new FormGroup(
    { offers: this.offerRows, quotas: this.quotas },
    { validators: atLeastOneOffer },
  );
  protected readonly schoolsStep = this.fb.group(
    { allSchools: this.fb.control(true), schoolIds: this.fb.control<string[]>([]) },
    { validators: schoolsChosen },
  );
  protected readonly budgetStep = this.fb.group({
    budgetCredits: this.fb.control<number | null>(null, [...CREDITS]),
    subsidyYear: this.fb.control(defaultYear(), Validators.required),
    requiresApproval: this.fb.control(false),
    orderDeadline: this.fb.control('', Validators.required),
    notes: this.fb.control('', Validators.maxLength(2000)),
  });
  protected readonly form = new FormGroup({
    template: this.templateStep,
    offers: this.offersStep,
    schools: this.schoolsStep,
    budget: this.budgetStep,
  });

  protected readonly chosenTemplate = computed(() => {
    this.changes();
    const id = this.templateStep.controls.template.value;
    return this.templates().find((t) => t.id === id) ?? null;
  });
  /** Offer types of the chosen offers: the ones a ceiling can be set for. */
  protected readonly fundedTypes = computed(() => {
    this.changes();
    return this.fundedTypesNow();
  });

  private readonly media = typeof matchMedia === 'function' ? matchMedia('(max-width: 720px)') : null;
  private readonly onMedia = (e: MediaQueryListEvent) => this.narrow.set(e.matches);

  constructor() {
    this.narrow.set(this.media?.matches ?? false);
    this.media?.addEventListener('change', this.onMedia);
    this.form.valueChanges.subscribe(() => this.changes.update((n) => n + 1));
    this.templateStep.controls.template.valueChanges.subscribe((choice) => this.applyTemplate(choice));
    this.offerRows.valueChanges.subscribe(() => this.syncQuotas());
    void this.load();
  }

  ngOnDestroy(): void {
    this.media?.removeEventListener('change', this.onMedia);
  }

  protected async load(): Promise<void> {
    this.loadFailed.set(false);
    try {
      const [templates, offers, schools, order] = await Promise.all([
        this.api.templates(),
        this.portal.offers({}),
        this.portal.allSchools(),
        this.editId ? this.api.get(this.editId) : Promise.resolve(null),
      ]);
      if (order && order.status !== 'draft') {
        this.notDraft.set(order);
        return;
      }
      this.templates.set(templates.filter((t) => t.active || t.id === order?.template?.id));
      this.schools.set([...schools].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
      this.offerRows.clear();
      this.offerOptions.set([]);
      this.addOffers(
        offers
          .filter((o) => o.active)
          .map((o) => ({ id: o.id, title: o.title, type: o.type, priceCredits: o.priceCredits })),
      );
      if (order) this.fill(order);
      this.syncQuotas();
      this.ready.set(true);
    } catch {
      this.loadFailed.set(true);
    }
  }

  /** Adds rows for offers not yet in the list (e.g. a template's offer that left the catalogue). */
  private addOffers(options: OfferOption[]): void {
    const known = new Set(this.offerOptions().map((o) => o.id));
    const fresh = options.filter((o) => !known.has(o.id));
    // The options first: a row is shown with its option.
    if (fresh.length) this.offerOptions.update((list) => [...list, ...fresh]);
    for (const o of fresh) {
      const row: OfferRowForm = this.fb.group({
        offerId: this.fb.control(o.id),
        include: this.fb.control(false),
        credits: this.fb.control<number | null>(o.priceCredits, [...CREDITS]),
      });
      row.controls.credits.disable({ emitEvent: false });
      row.controls.include.valueChanges.subscribe((on) => {
        if (on) row.controls.credits.enable();
        else row.controls.credits.disable();
      });
      this.offerRows.push(row);
    }
  }

  /** Fills the form with a template's offers and prices, default budget and name; a custom package starts empty. */
  private applyTemplate(choice: string): void {
    const template = this.templates().find((t) => t.id === choice);
    const year = this.budgetStep.controls.subsidyYear.value;
    if (template) {
      this.addOffers(
        template.offers.map((o) => ({ id: o.offerId, title: o.title, type: o.type, priceCredits: o.credits })),
      );
      const prices = new Map(template.offers.map((o) => [o.offerId, o.credits]));
      this.offerOptions().forEach((o, i) => {
        const row = this.offerRows.at(i);
        row.controls.include.setValue(prices.has(o.id));
        row.controls.credits.setValue(prices.get(o.id) ?? o.priceCredits);
      });
      if (!this.budgetStep.controls.budgetCredits.dirty) {
        this.budgetStep.controls.budgetCredits.setValue(template.defaultCredits);
      }
      if (!this.templateStep.controls.name.dirty) {
        this.templateStep.controls.name.setValue(`${template.name} ${year}`);
      }
    } else if (choice === CUSTOM) {
      this.offerOptions().forEach((o, i) => {
        const row = this.offerRows.at(i);
        row.controls.include.setValue(false);
        row.controls.credits.setValue(o.priceCredits);
      });
      if (!this.templateStep.controls.name.dirty) {
        this.templateStep.controls.name.setValue(this.i18n.t('packages.wizard.customName', { year }));
      }
    }
  }

  private fundedTypesNow(): OfferType[] {
    const chosen = new Set(this.offerRows.getRawValue().flatMap((o) => (o.include ? [o.offerId] : [])));
    const types = new Set(this.offerOptions().flatMap((o) => (chosen.has(o.id) ? [o.type] : [])));
    return OFFER_TYPES.filter((t) => types.has(t));
  }

  /** Only the ceilings of the chosen offers' types count (and are checked); the others are set aside. */
  private syncQuotas(): void {
    const funded = new Set(this.fundedTypesNow());
    for (const type of OFFER_TYPES) {
      const control = this.quotas.controls[type];
      if (funded.has(type) && control.disabled) control.enable({ emitEvent: false });
      if (!funded.has(type) && control.enabled) control.disable({ emitEvent: false });
    }
    this.offersStep.updateValueAndValidity({ emitEvent: false });
  }

  /** Puts a draft's values in the form, for changing it. */
  private fill(order: PackageOrderDto): void {
    this.years.set(yearOptions(order.subsidyYear));
    this.templateStep.controls.template.setValue(order.template?.id ?? CUSTOM, { emitEvent: false });
    this.templateStep.controls.name.setValue(order.name);
    this.templateStep.controls.name.markAsDirty();
    this.addOffers(order.offers.map((o) => ({ id: o.offerId, title: o.title, type: o.type, priceCredits: o.credits })));
    const prices = new Map(order.offers.map((o) => [o.offerId, o.credits]));
    this.offerOptions().forEach((o, i) => {
      const row = this.offerRows.at(i);
      row.controls.include.setValue(prices.has(o.id));
      row.controls.credits.setValue(prices.get(o.id) ?? o.priceCredits);
    });
    for (const q of order.quotas) this.quotas.controls[q.offerType]?.setValue(q.credits);
    this.schoolsStep.setValue({ allSchools: order.allSchools, schoolIds: order.schools.map((s) => s.id) });
    this.budgetStep.patchValue({
      budgetCredits: order.budget.budget,
      subsidyYear: order.subsidyYear,
      requiresApproval: order.requiresApproval,
      orderDeadline: order.orderDeadline.slice(0, 10),
      notes: order.notes ?? '',
    });
    this.budgetStep.controls.budgetCredits.markAsDirty();
  }

  /** On "Volgende": shows every problem of the step at once (the stepper itself stays put when it is invalid). */
  protected check(step: OrderStep, control: AbstractControl): void {
    control.markAllAsTouched();
    this.stepError.set(control.invalid ? step : null);
  }

  protected schoolChosen(id: string): boolean {
    return this.schoolsStep.controls.schoolIds.value.includes(id);
  }

  protected toggleSchool(id: string, on: boolean): void {
    const ids = this.schoolsStep.controls.schoolIds.value.filter((s) => s !== id);
    this.schoolsStep.controls.schoolIds.setValue(on ? [...ids, id] : ids);
    this.schoolsStep.controls.schoolIds.markAsTouched();
  }

  protected templateName(): string {
    const t = this.chosenTemplate();
    return t ? t.name : this.i18n.t('packages.custom');
  }

  protected value(): OrderValue {
    const raw = this.form.getRawValue();
    return {
      template: raw.template.template,
      name: raw.template.name,
      offers: raw.offers.offers,
      quotas: raw.offers.quotas,
      allSchools: raw.schools.allSchools,
      schoolIds: raw.schools.schoolIds,
      budgetCredits: raw.budget.budgetCredits,
      subsidyYear: raw.budget.subsidyYear,
      requiresApproval: raw.budget.requiresApproval,
      orderDeadline: raw.budget.orderDeadline,
      notes: raw.budget.notes,
    };
  }

  /** The chosen offers with their prices, for the review. */
  protected chosenOffers(): { title: string; credits: number | null }[] {
    const rows = this.offerRows.getRawValue();
    return this.offerOptions().flatMap((o, i) =>
      rows[i]?.include ? [{ title: o.title, credits: rows[i].credits }] : [],
    );
  }

  /** The ceilings that will be sent, for the review. */
  protected chosenQuotas(): { type: OfferType; credits: number }[] {
    const q = this.quotas.getRawValue();
    return this.fundedTypes().flatMap((type) => {
      const credits = q[type];
      return credits !== null && `${credits}` !== '' ? [{ type, credits: Number(credits) }] : [];
    });
  }

  protected chosenSchools(): string[] {
    const ids = new Set(this.schoolsStep.controls.schoolIds.value);
    return this.schools()
      .filter((s) => ids.has(s.id))
      .map((s) => s.name);
  }

  /** The error text beside a field: the API's reason when it refused it, else the browser's own check. */
  protected message(
    control: AbstractControl | null,
    key: TranslationKey,
    params?: Record<string, string | number>,
  ): string {
    const server = control?.errors?.['server'];
    return typeof server === 'string' ? server : this.i18n.t(key, params);
  }

  /** The API's reason for a control without a field of its own (a checkbox, a group), if any. */
  protected serverError(control: AbstractControl | null): string | null {
    const server = control?.errors?.['server'];
    return typeof server === 'string' ? server : null;
  }

  /** A refused field as the gemeente knows it, e.g. `Aanbod en prijzen – Voorlichting X, credits per sessie`. */
  protected fieldLabel(field: string): string {
    const step = this.i18n.t(`packages.wizard.step.${firstStepWithError([{ field, message: '' }])}` as TranslationKey);
    const parts = field.split('.');
    const label = (name: string) => (FIELD_LABELS[name] ? this.i18n.t(FIELD_LABELS[name]) : name);
    let what = label(parts[0]);
    if (parts[0] === 'offers' && parts.length >= 2) {
      const row = this.sentRows[Number(parts[1])];
      const title = row === undefined ? parts[1] : (this.offerOptions()[row]?.title ?? parts[1]);
      what = parts[2] ? `${title}, ${label(parts[2]).toLowerCase()}` : title;
    } else if (parts[0] === 'quotas' && parts[1]) {
      what = `${label('quotas')}, ${this.i18n.t(offerTypeKey(parts[1] as OfferType))}`;
    }
    return `${step} – ${what}`;
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.submitError.set(this.i18n.t('common.checkFields'));
      return;
    }
    this.busy.set(true);
    this.submitError.set(null);
    this.serverErrors.set([]);
    const { body, rows } = toOrderRequest(this.value(), (id) => this.offerOptions().find((o) => o.id === id)?.type);
    this.sentRows = rows;
    try {
      const saved = this.editId ? await this.api.update(this.editId, body) : await this.api.create(body);
      await this.router.navigate(['/gemeente/pakketten', saved.id], { state: { saved: true } });
    } catch (e) {
      const apiBody = apiError(e);
      const errors = apiBody?.errors ?? [];
      this.serverErrors.set(errors);
      this.submitError.set(apiBody?.message ?? this.i18n.t('packages.wizard.saveFailed'));
      for (const err of errors) {
        const path = controlPathOf(err.field, rows);
        const control = path ? this.form.get(path) : null;
        if (control) {
          control.setErrors({ ...(control.errors ?? {}), server: err.message });
          control.markAsTouched();
        }
      }
      if (errors.length) {
        const stepper = this.stepper();
        if (stepper) stepper.selectedIndex = ORDER_STEPS.indexOf(firstStepWithError(errors));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
