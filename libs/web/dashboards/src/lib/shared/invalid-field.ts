/**
 * The fields showing an error, in page order. Material leaves `aria-invalid` off an empty required field (it is
 * announced as required instead), so fields inside an invalid form field count too.
 */
export const INVALID_FIELD =
  '[aria-invalid="true"], .mat-form-field-invalid input, .mat-form-field-invalid textarea, .mat-form-field-invalid select';
