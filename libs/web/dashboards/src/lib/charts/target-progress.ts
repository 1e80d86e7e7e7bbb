import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

let nextId = 0;

/**
 * Progress towards a target as a bar with its text beside it, e.g. "143.212 van 200.000 leerlingen (72 %)".
 * The bar is a progressbar named by `label` whose spoken value is that same text; past the target it stays full.
 */
@Component({
  selector: 'halt-target-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="label" [id]="id">{{ label() }}</p>
    <div
      class="track"
      role="progressbar"
      [attr.aria-labelledby]="id"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="bar()"
      [attr.aria-valuetext]="text()"
    >
      <span class="fill" [style.width.%]="bar()"></span>
    </div>
    <p class="text">{{ text() }}</p>
  `,
  styles: `
    :host {
      display: block;
      max-width: 36rem;
      margin: 0 0 1rem;
    }
    .label {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }
    .track {
      display: block;
      height: 1rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface-container-lowest);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: #0b57a4;
    }
    .text {
      margin: 0.25rem 0 0;
    }
  `,
})
export class TargetProgress {
  /** What is measured, e.g. "Leerlingen bereikt, doel 200.000". */
  readonly label = input.required<string>();
  /** The progress in whole percent (may pass 100). */
  readonly percent = input.required<number | null>();
  /** The progress in words: shown and spoken. */
  readonly text = input.required<string>();
  protected readonly id = `halt-target-${nextId++}`;
  protected readonly bar = computed(() => Math.min(100, Math.max(0, this.percent() ?? 0)));
}
