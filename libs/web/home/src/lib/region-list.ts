import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RegionDto } from '@halt/contracts';

/** The regions among `regions` whose ids the user serves (`organisation.ids`), as a list of names. */
@Component({
  selector: 'halt-region-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="region-list">
      @for (region of own(); track region.id) {
        <li>{{ region.name }}</li>
      }
    </ul>
  `,
})
export class RegionList {
  readonly regions = input.required<RegionDto[]>();
  readonly ids = input<readonly string[] | undefined>([]);

  protected readonly own = computed(() => {
    const ids = new Set(this.ids() ?? []);
    return this.regions().filter((r) => ids.has(r.id));
  });
}
