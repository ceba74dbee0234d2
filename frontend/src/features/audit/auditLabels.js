/**
 * Labels for the codes the audit trail records: actions (`customer.update`),
 * entity types (`KycDocument`) and field names (`annual_income`). The trail
 * keeps codes so that it can be searched; people read it in their language. A
 * code this build has no label for is shown as recorded.
 */

function lookup(t, group, code) {
  const labels = t(group, { returnObjects: true });
  return (labels && typeof labels === 'object' && labels[code]) || code;
}

export function actionLabel(t, code) {
  return lookup(t, 'audit.actions', code);
}

export function entityLabel(t, code) {
  return lookup(t, 'audit.entities', code);
}

const camel = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

/** A customer field by the form's label; the trail's own names for the rest. */
export function fieldLabel(t, name) {
  const customer = lookup(t, 'customers.fields', camel(name));
  return customer !== camel(name) ? customer : lookup(t, 'audit.fieldNames', name);
}
