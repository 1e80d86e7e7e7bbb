import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The outcome of a form, announced: a status message, or an error with its details (e.g. the API's reasons
 * per field). The host is focusable (tabindex -1) so a page can move focus to it after submitting; give it an
 * `id` or a template reference to do so.
 */
@Component({
  selector: 'halt-form-messages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'messages', tabindex: '-1', 'aria-live': 'polite' },
  template: `
    @if (done(); as message) {
      <p class="notice" role="status">{{ message }}</p>
    }
    @if (error(); as message) {
      <div class="notice notice--error" role="alert">
        <p>{{ message }}</p>
        @if (details().length) {
          <ul>
            @for (d of details(); track $index) {
              <li>{{ d }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    :host(:focus) {
      outline: none;
    }
  `,
})
export class FormMessages {
  readonly done = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly details = input<readonly string[]>([]);
}
