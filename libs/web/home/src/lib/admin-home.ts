import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { AUDIT_ACTIONS, type AuditAction, type HolidayRegion, type Role } from '@halt/contracts';
import { I18n, load, PortalApi, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError, Pager } from '@halt/web/ui';

const PAGE_SIZE = 20;

/** Home of Halt's functional administrators: the users and the audit trail. */
@Component({
  selector: 'halt-admin-home',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LoadError,
    AmsterdamTimePipe,
    Pager,
    RouterLink,
  ],
  templateUrl: './admin-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminHome {
  private readonly api = inject(PortalApi);
  protected readonly i18n = inject(I18n);
  protected readonly actions = AUDIT_ACTIONS;

  protected readonly usersPage = signal(1);
  protected readonly users = load(() => this.api.users(this.usersPage(), PAGE_SIZE));
  protected readonly usersPages = computed(() => Math.max(1, Math.ceil((this.users.value()?.total ?? 0) / PAGE_SIZE)));

  protected readonly auditPage = signal(1);
  protected entity = '';
  protected action: AuditAction | '' = '';
  protected readonly audit = load(() =>
    this.api.auditEvents({
      page: this.auditPage(),
      pageSize: PAGE_SIZE,
      entity: this.entity.trim() || undefined,
      action: this.action || undefined,
    }),
  );
  protected readonly auditPages = computed(() => Math.max(1, Math.ceil((this.audit.value()?.total ?? 0) / PAGE_SIZE)));

  /** Coming school years without school holidays for some region: schools cannot ask for dates in them yet. */
  private readonly coverage = load(() => this.api.holidayCoverage());
  protected readonly missingHolidayYears = computed(() =>
    (this.coverage.value() ?? []).filter((y) => y.missingRegions.length > 0),
  );

  protected regionNames(regions: readonly HolidayRegion[]): string {
    return regions.map((r) => this.i18n.t(`holidayRegion.${r}`)).join(', ');
  }

  protected roleKey(role: Role): TranslationKey {
    return `role.${role}`;
  }

  protected actionKey(action: AuditAction): TranslationKey {
    return `action.${action}`;
  }

  protected goUsers(page: number): void {
    this.usersPage.set(page);
    this.users.reload();
  }

  protected goAudit(page: number): void {
    this.auditPage.set(page);
    this.audit.reload();
  }

  protected filterAudit(): void {
    this.goAudit(1);
  }
}
