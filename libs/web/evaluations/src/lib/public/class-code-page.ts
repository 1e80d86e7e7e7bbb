import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@halt/web/core';
import { readClassCode } from '../class-code-model';

const classCode = (control: AbstractControl<string>): ValidationErrors | null => {
  const read = readClassCode(control.value);
  return 'problem' in read ? { [read.problem]: true } : null;
};

/**
 * `/evaluatie`: a pupil or parent types the class code from the board (lower case, spaces and dashes are fine)
 * and goes on to the form. `?code=` fills it in, e.g. from a link on paper.
 */
@Component({
  selector: 'halt-class-code-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'evaluation.codeHeading' | t }}</h1>
    <p>{{ 'evaluation.codeIntro' | t }}</p>
    <form [formGroup]="form" (ngSubmit)="go()" novalidate class="code-form">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'evaluation.code' | t }}</mat-label>
        <input
          #codeInput
          matInput
          formControlName="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="24"
          required
        />
        <mat-hint>{{ 'evaluation.codeHint' | t }}</mat-hint>
        @if (form.controls.code.hasError('required')) {
          <mat-error>{{ 'evaluation.codeRequired' | t }}</mat-error>
        } @else if (form.controls.code.hasError('invalid')) {
          <mat-error>{{ 'evaluation.codeInvalid' | t }}</mat-error>
        }
      </mat-form-field>
      <p>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'evaluation.codeSubmit' | t }}</button>
      </p>
    </form>
    <p class="hint">{{ 'evaluation.anonymous' | t }}</p>
  `,
  styles: `
    .code-form mat-form-field {
      display: block;
      max-width: 20rem;
    }
    .code-form input {
      font-family: ui-monospace, 'Cascadia Mono', 'Courier New', monospace;
      letter-spacing: 0.1em;
      text-transform: uppercase;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ClassCodePage {
  private readonly router = inject(Router);
  private readonly codeInput = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: [inject(ActivatedRoute).snapshot.queryParamMap.get('code') ?? '', classCode],
  });
  protected readonly busy = signal(false);

  protected async go(): Promise<void> {
    this.form.markAllAsTouched();
    const read = readClassCode(this.form.controls.code.value);
    if (!('code' in read)) {
      this.codeInput().nativeElement.focus();
      return;
    }
    this.busy.set(true);
    try {
      await this.router.navigate(['/evaluatie', read.code]);
    } finally {
      this.busy.set(false);
    }
  }
}
