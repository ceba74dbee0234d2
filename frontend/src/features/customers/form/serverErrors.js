import { splitFieldErrors } from '@/features/customers/form/formValues';

/**
 * Puts the server's messages beside the fields they concern and returns the
 * ones no field on the form can show. The messages are shown as the server
 * words them, in English only, until the API offers them in Chinese too.
 */
export function applyFieldErrors(form, fieldErrors) {
  const { onForm, elsewhere } = splitFieldErrors(fieldErrors);
  const byField = new Map();
  for (const e of onForm) {
    byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  }

  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (onForm.length) form.scrollToField(onForm[0].field);
  return elsewhere;
}
