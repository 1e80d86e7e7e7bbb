import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthStore, TranslatePipe } from '@halt/web/core';

/** Home of a prevention specialist. Their sessions arrive with the planning area. */
@Component({
  selector: 'halt-staff-home',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'staff.heading' | t: { name: user()?.name ?? '' } }}</h1>
    <p>{{ 'staff.regions' | t: { regions: user()?.organisation?.name ?? '' } }}</p>
    <p>{{ 'staff.sessionsSoon' | t }}</p>
  `,
})
export class StaffHome {
  protected readonly user = inject(AuthStore).user;
}
