import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type NeighbourhoodPartnerDto,
  type NeighbourhoodPartnerRequest,
  type Page,
  PARTNER_KINDS,
  type PartnerKind,
  type SportsClubDto,
  type SportsClubRequest,
} from '@halt/contracts';
import { apiError, I18n, load, PortalApi, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { firstValueFrom } from 'rxjs';

type Kind = 'club' | 'partner';
const PATH: Record<Kind, string> = { club: '/api/sports-clubs', partner: '/api/neighbourhood-partners' };

/**
 * Sportverenigingen and wijkpartners (`/beheer/verenigingen`): the requesters beyond schools. Admins list them
 * by name, add one and change one; their contact persons are invited under Gebruikers.
 */
@Component({
  selector: 'halt-requesters-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'title.requesterAdmin' | t }}</h1>
    <p>{{ 'requesterAdmin.intro' | t }}</p>
    @if (saved(); as s) {
      <p role="status">{{ s }}</p>
    }
    @if (lists.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="lists.reload()" />
    } @else if (lists.value(); as l) {
      @for (kind of kinds; track kind) {
        <section [attr.aria-labelledby]="kind + '-heading'">
          <h2 [id]="kind + '-heading'">
            {{ (kind === 'club' ? 'requesterAdmin.clubs' : 'requesterAdmin.partners') | t }}
          </h2>
          @let rows = kind === 'club' ? l.clubs.items : l.partners.items;
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-labelledby]="kind + '-heading'">
            <table>
              <caption>
                {{
                  (kind === 'club' ? 'requesterAdmin.clubsCaption' : 'requesterAdmin.partnersCaption')
                    | t: { count: rows.length }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'requesterAdmin.name' | t }}</th>
                  <th scope="col">{{ (kind === 'club' ? 'requesterAdmin.knvb' : 'requesterAdmin.kind') | t }}</th>
                  <th scope="col">{{ 'requesterAdmin.place' | t }}</th>
                  <th scope="col">{{ 'requesterAdmin.gemeente' | t }}</th>
                  <th scope="col">
                    <span class="visually-hidden">{{ 'requesterAdmin.save' | t }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (r of rows; track r.id) {
                  <tr>
                    <th scope="row">{{ r.name }}</th>
                    <td>{{ kind === 'club' ? knvbOf(r) : (partnerKindKey(r) | t) }}</td>
                    <td>{{ r.place }}</td>
                    <td>{{ r.municipalityName }}</td>
                    <td>
                      <button mat-button type="button" (click)="edit(kind, r)">
                        {{ 'requesterAdmin.edit' | t: { name: r.name } }}
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    }

    <section aria-labelledby="form-heading">
      <h2 id="form-heading">
        @if (editing()) {
          {{ 'requesterAdmin.edit' | t: { name: form.controls.name.value } }}
        } @else if (form.controls.kind.value === 'club') {
          {{ 'requesterAdmin.newClub' | t }}
        } @else {
          {{ 'requesterAdmin.newPartner' | t }}
        }
      </h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
        <fieldset class="kind">
          <legend>{{ 'requesterAdmin.kind' | t }}</legend>
          <label><input type="radio" formControlName="kind" value="club" /> {{ 'requesterAdmin.clubs' | t }}</label>
          @for (k of partnerKinds; track k) {
            <label><input type="radio" formControlName="kind" [value]="k" /> {{ kindKey(k) | t }}</label>
          }
        </fieldset>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.name' | t }}</mat-label>
          <input matInput formControlName="name" required maxlength="120" />
        </mat-form-field>
        @if (form.controls.kind.value === 'club') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'requesterAdmin.knvb' | t }}</mat-label>
            <input matInput formControlName="knvbNumber" required maxlength="7" />
            <mat-hint>{{ 'requesterAdmin.knvbHint' | t }}</mat-hint>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.street' | t }}</mat-label>
          <input matInput formControlName="street" required autocomplete="street-address" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.postcode' | t }}</mat-label>
          <input matInput formControlName="postcode" required autocomplete="postal-code" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.place' | t }}</mat-label>
          <input matInput formControlName="place" required />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.gemeente' | t }}</mat-label>
          <select matNativeControl formControlName="municipalityId" required>
            @for (m of municipalities.value() ?? []; track m.id) {
              <option [value]="m.id">{{ m.name }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.latitude' | t }}</mat-label>
          <input matInput type="number" step="0.0001" formControlName="latitude" required />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'requesterAdmin.longitude' | t }}</mat-label>
          <input matInput type="number" step="0.0001" formControlName="longitude" required />
        </mat-form-field>
        @if (error(); as e) {
          <div role="alert" class="error">
            <p>{{ e }}</p>
          </div>
        }
        <div class="actions">
          <button mat-flat-button type="submit">{{ 'requesterAdmin.save' | t }}</button>
          @if (editing()) {
            <button mat-button type="button" (click)="reset()">{{ 'requesterAdmin.cancelEdit' | t }}</button>
          }
        </div>
      </form>
    </section>
  `,
  styles: `
    .form {
      display: grid;
      gap: 0.25rem;
      max-width: 36rem;
    }
    .kind {
      border: 0;
      padding: 0;
      margin: 0 0 0.5rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class RequestersPage {
  private readonly http = inject(HttpClient);
  private readonly portal = inject(PortalApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly kinds: Kind[] = ['club', 'partner'];
  protected readonly partnerKinds = PARTNER_KINDS;
  protected readonly saved = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = signal<{ kind: Kind; id: string } | null>(null);
  protected readonly municipalities = load(() => this.portal.allMunicipalities());
  protected readonly lists = load(async () => {
    const [clubs, partners] = await Promise.all([
      firstValueFrom(this.http.get<Page<SportsClubDto>>(PATH.club)),
      firstValueFrom(this.http.get<Page<NeighbourhoodPartnerDto>>(PATH.partner)),
    ]);
    return { clubs, partners };
  });
  protected readonly form = this.fb.group({
    kind: ['club' as 'club' | PartnerKind],
    name: ['', Validators.required],
    knvbNumber: [''],
    street: ['', Validators.required],
    postcode: ['', Validators.required],
    place: ['', Validators.required],
    municipalityId: ['', Validators.required],
    latitude: this.fb.control<number | null>(null, Validators.required),
    longitude: this.fb.control<number | null>(null, Validators.required),
  });

  protected knvbOf(r: SportsClubDto | NeighbourhoodPartnerDto): string {
    return 'knvbNumber' in r ? r.knvbNumber : '';
  }

  protected kindKey(k: PartnerKind): TranslationKey {
    return `partnerKind.${k}`;
  }

  protected partnerKindKey(r: SportsClubDto | NeighbourhoodPartnerDto): TranslationKey {
    return 'kind' in r ? `partnerKind.${r.kind}` : 'partnerKind.anders';
  }

  protected edit(kind: Kind, r: SportsClubDto | NeighbourhoodPartnerDto): void {
    this.editing.set({ kind, id: r.id });
    this.form.setValue({
      kind: 'kind' in r ? r.kind : 'club',
      name: r.name,
      knvbNumber: 'knvbNumber' in r ? r.knvbNumber : '',
      street: r.street,
      postcode: r.postcode,
      place: r.place,
      municipalityId: r.municipalityId,
      latitude: r.latitude,
      longitude: r.longitude,
    });
  }

  protected reset(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.error.set(null);
    this.saved.set(null);
    const v = this.form.getRawValue();
    const kind: Kind = v.kind === 'club' ? 'club' : 'partner';
    const common = {
      name: v.name,
      street: v.street,
      postcode: v.postcode,
      place: v.place,
      municipalityId: v.municipalityId,
      latitude: Number(v.latitude),
      longitude: Number(v.longitude),
    };
    const body: SportsClubRequest | NeighbourhoodPartnerRequest =
      kind === 'club' ? { ...common, knvbNumber: v.knvbNumber } : { ...common, kind: v.kind as PartnerKind };
    const editing = this.editing();
    try {
      const saved =
        editing && editing.kind === kind
          ? await firstValueFrom(this.http.patch<{ name: string }>(`${PATH[kind]}/${editing.id}`, body))
          : await firstValueFrom(this.http.post<{ name: string }>(PATH[kind], body));
      this.saved.set(this.i18n.t('requesterAdmin.saved', { name: saved.name }));
      this.reset();
      this.lists.reload();
    } catch (e) {
      const err = apiError(e);
      const fields = (err?.errors ?? []).map((f) => `${f.field}: ${f.message}`).join('; ');
      this.error.set([err?.message, fields].filter(Boolean).join(' — ') || this.i18n.t('common.loadFailed'));
    }
  }
}
