import { splitFieldErrors } from '@/features/customers/form/formValues';

/**
 * Puts the server's problems beside the fields they concern, worded by their
 * code in the UI language (`describe`, see fieldProblem), and returns the ones
 * no field on the form can show.
 */
export function applyFieldErrors(form, fieldErrors, describe) {
  const { onForm, elsewhere } = splitFieldErrors(fieldErrors);
  const byField = new Map();
  for (const e of onForm) {
    byField.set(e.field, [...(byField.get(e.field) ?? []), describe(e)]);
  }

  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (onForm.length) form.scrollToField(onForm[0].field);
  return elsewhere;
}
