import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormArray, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ActivatedRoute, Router } from '@angular/router';
import type { CreateBookingRequest, FieldError, FundingOptionDto, Level, OfferDto } from '@halt/contracts';
import { addDays, todayInAmsterdam } from '@halt/domain';
import { apiError, AuthStore, I18n, levelKey, PortalApi, TranslatePipe } from '@halt/web/core';
import { RequestsApi } from './requests-api';
import { atLeastOne, WeekdayPicker } from './wizard/weekday-picker';

/**
 * The request form of a sportvereniging or wijkpartner (`/vereniging/aanvragen/nieuw?aanbod=…`, the same under
 * `/wijkpartner`): groups (for a counts-only offer such as Sport en Gedrag only the number of participants, never
 * names), one period, the location, the contact and who pays (itself or a package of its gemeente). One page, one
 * Idempotency-Key; the API's Dutch reasons are shown per field.
 */
@Component({
  selector: 'halt-requester-request-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    WeekdayPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (offer(); as o) {
      <h1>{{ 'requester.formHeading' | t: { title: o.title } }}</h1>
      <p>{{ 'requester.formIntro' | t }}</p>
      @if (o.countsOnly) {
        <p class="note">{{ 'requester.countsOnlyIntro' | t }}</p>
      }
      <form [formGroup]="form" (ngSubmit)="submit(o)" novalidate>
        @for (g of groups.controls; track g; let i = $index) {
          <fieldset [formGroup]="g" class="group">
            <legend>{{ 'requester.groupLegend' | t: { n: i + 1 } }}</legend>
            @if (!o.countsOnly) {
              <mat-form-field appearance="outline">
                <mat-label>{{ 'requester.groupName' | t }}</mat-label>
                <input matInput formControlName="name" maxlength="20" />
              </mat-form-field>
            }
            <mat-form-field appearance="outline">
              <mat-label>{{ 'requester.ageLevel' | t }}</mat-label>
              <select matNativeControl formControlName="level" required>
                @for (l of o.levels; track l) {
                  <option [value]="l">{{ levelKey(l) | t }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'requester.participants' | t }}</mat-label>
              <input matInput type="number" min="1" [max]="o.maxPupilsPerGroup" formControlName="count" required />
            </mat-form-field>
            @if (groups.length > 1) {
              <button mat-button type="button" (click)="groups.removeAt(i)">
                {{ 'requester.removeGroup' | t: { n: i + 1 } }}
              </button>
            }
          </fieldset>
        }
        <button mat-stroked-button type="button" (click)="addGroup(o)">{{ 'requester.addGroup' | t }}</button>

        <fieldset [formGroup]="form.controls.window" class="group">
          <legend>{{ 'requester.window' | t }}</legend>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'wizard.from' | t }}</mat-label>
              <input matInput type="date" formControlName="from" required />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'wizard.to' | t }}</mat-label>
              <input matInput type="date" formControlName="to" required />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'wizard.earliest' | t }}</mat-label>
              <input matInput type="time" formControlName="earliest" required />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'wizard.latest' | t }}</mat-label>
              <input matInput type="time" formControlName="latest" required />
            </mat-form-field>
          </div>
          <halt-weekday-picker [control]="form.controls.window.controls.weekdays" />
        </fieldset>

        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'requester.location' | t }}</mat-label>
          <input matInput formControlName="location" maxlength="200" required />
        </mat-form-field>
        <fieldset class="group">
          <legend>{{ 'requester.contact' | t }}</legend>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'wizard.contactName' | t }}</mat-label>
              <input matInput formControlName="contactName" maxlength="120" required autocomplete="name" />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'wizard.contactEmail' | t }}</mat-label>
              <input matInput type="email" formControlName="contactEmail" required autocomplete="email" />
            </mat-form-field>
          </div>
        </fieldset>

        <fieldset class="group">
          <legend id="funding-legend">{{ 'requester.funding' | t }}</legend>
          <mat-radio-group formControlName="funding" aria-labelledby="funding-legend" class="funding">
            <mat-radio-button value="school">{{ 'requester.fundingSelf' | t }}</mat-radio-button>
            @for (p of packages(); track p.orderId) {
              <mat-radio-button [value]="p.orderId" [disabled]="!p.covers">
                {{ 'requester.fundingPackage' | t: { name: p.name, available: p.available } }}
                @if (p.reason) {
                  <span class="reason">({{ p.reason }})</span>
                }
              </mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>

        @if (error(); as e) {
          <div role="alert" class="error">
            <p>{{ e }}</p>
            @if (fieldErrors().length) {
              <ul>
                @for (f of fieldErrors(); track f.field) {
                  <li>{{ 'requester.fieldError' | t: { field: f.field, message: f.message } }}</li>
                }
              </ul>
            }
          </div>
        }
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'wizard.submit' | t }}</button>
      </form>
    } @else if (missing()) {
      <p role="alert">{{ 'requester.offerMissing' | t }}</p>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    form {
      display: grid;
      gap: 0.75rem;
      max-width: 48rem;
    }
    .group {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.75rem;
      margin: 0;
      min-width: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    mat-form-field {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .wide {
      width: 100%;
    }
    .funding {
      display: grid;
      gap: 0.25rem;
    }
    .note {
      border-left: 4px solid var(--mat-sys-primary);
      padding-left: 0.75rem;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RequesterRequestForm {
  private readonly portal = inject(PortalApi);
  private readonly api = inject(RequestsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18n);
  private readonly user = inject(AuthStore).user;
  private readonly idempotencyKey = crypto.randomUUID();
  /** The area the form lives in, `/vereniging` or `/wijkpartner` (route data `base`). */
  private readonly base = (this.route.snapshot.data['base'] as string | undefined) ?? '/vereniging';

  protected readonly offer = signal<OfferDto | null>(null);
  protected readonly missing = signal(false);
  protected readonly packages = signal<FundingOptionDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<FieldError[]>([]);
  protected readonly levelKey = levelKey;
  private readonly requesterId = computed(() => this.user()?.organisation.id ?? '');

  private readonly start = addDays(todayInAmsterdam(new Date()), 21);
  protected readonly groups = new FormArray<ReturnType<RequesterRequestForm['newGroup']>>([]);
  protected readonly form = this.fb.group({
    groups: this.groups,
    window: this.fb.group({
      from: [this.start, Validators.required],
      to: [addDays(this.start, 27), Validators.required],
      earliest: ['13:30', Validators.required],
      latest: ['17:00', Validators.required],
      weekdays: new FormControl<number[]>([3], { nonNullable: true, validators: atLeastOne }),
    }),
    location: ['', [Validators.required, Validators.minLength(2)]],
    contactName: [this.user()?.name ?? '', [Validators.required, Validators.minLength(2)]],
    contactEmail: [this.user()?.email ?? '', [Validators.required, Validators.email]],
    funding: ['school'],
  });

  constructor() {
    void this.init();
  }

  private newGroup(level: string) {
    return this.fb.group({
      name: [''],
      level: [level, Validators.required],
      count: this.fb.control<number | null>(null, [Validators.required, Validators.min(1)]),
    });
  }

  protected addGroup(o: OfferDto): void {
    this.groups.push(this.newGroup(o.levels[0]));
  }

  private async init(): Promise<void> {
    const id = this.route.snapshot.queryParamMap.get('aanbod') ?? '';
    try {
      const offer = await this.portal.offer(id);
      this.addGroup(offer);
      this.offer.set(offer);
      if (this.requesterId()) {
        this.packages.set(await this.api.fundingOptions(this.requesterId(), offer.id, 1).catch(() => []));
      }
    } catch {
      this.missing.set(true);
    }
  }

  protected async submit(o: OfferDto): Promise<void> {
    this.form.markAllAsTouched();
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.fieldErrors.set([]);
    const v = this.form.getRawValue();
    const body: CreateBookingRequest = {
      offerId: o.id,
      groups: v.groups.map((g) => ({
        ...(o.countsOnly ? {} : { name: g.name }),
        level: g.level as Level,
        pupilCount: Number(g.count),
      })),
      windows: [v.window],
      location: v.location,
      contact: { name: v.contactName, email: v.contactEmail },
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: false,
      funding: v.funding === 'school' ? 'school' : 'package',
      ...(v.funding === 'school' ? {} : { packageOrderId: v.funding }),
    };
    try {
      const created = await this.api.create(body, this.idempotencyKey);
      await this.router.navigate([this.base, 'aanvragen', created.id], { state: { submitted: true } });
    } catch (e) {
      const err = apiError(e);
      this.error.set(err?.message ?? this.i18n.t('requester.submitFailed'));
      this.fieldErrors.set(err?.errors ?? []);
    } finally {
      this.busy.set(false);
    }
  }
}
