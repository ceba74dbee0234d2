/**
 * Labels for the codes the audit trail records: actions (`customer.update`),
 * entity types (`KycDocument`), field names (`annual_income`), coded field
 * names (`request:3`, `ground:objection`, `mobile_phone:masked`), a record's
 * field (`Interaction.summary`), tables (`audit_events`), and the keys and
 * coded values of an event's details (`commit_mode: valid_rows_only`). The
 * trail keeps codes so that it can be searched; people read it in their
 * language. A code this build has no label for is shown in a readable form
 * (`shoe_size` as "Shoe size"), never as an error.
 */

function group(t, name) {
  const labels = t(name, { returnObjects: true });
  return labels && typeof labels === 'object' ? labels : {};
}

function lookup(t, name, code) {
  const label = group(t, name)[code];
  return typeof label === 'string' ? label : undefined;
}

/** `shoe_size`, `ImportRecord`, `audit_events` as words: "Shoe size", "Import record". */
export function readable(code) {
  const words = String(code)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : String(code);
}

export function actionLabel(t, code) {
  return lookup(t, 'audit.actions', code) ?? code;
}

export function entityLabel(t, code) {
  return lookup(t, 'audit.entities', code) ?? code;
}

/** A table a record was moved from or exported out of (`credit_assessments`). */
export function tableLabel(t, code) {
  return lookup(t, 'audit.tables', code) ?? readable(code);
}

/** A coded value the trail records under `key`, e.g. a ground or a status. */
export function codeValueLabel(t, key, value) {
  return lookup(t, `audit.codeValues.${key}`, String(value)) ?? String(value);
}

const camel = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

function plainFieldLabel(t, name) {
  return (
    lookup(t, 'customers.fields', camel(name)) ??
    lookup(t, 'audit.fieldNames', name) ??
    lookup(t, 'audit.tables', name) ??
    lookup(t, 'audit.entities', name) ??
    readable(name)
  );
}

/**
 * A field name as the trail records it: a customer field by the form's label,
 * the trail's own names for the rest; `prefix:value` by the prefix's pattern
 * (`request:3` "Erasure request #3") or as a state of the field
 * (`mobile_phone:masked` "Mobile phone (masked)"); `Entity.field` as both.
 */
export function fieldLabel(t, name) {
  const text = String(name);
  const colon = text.indexOf(':');
  if (colon > 0) {
    const prefix = text.slice(0, colon);
    const value = text.slice(colon + 1);
    if (lookup(t, 'audit.codedFields', prefix)) {
      return t(`audit.codedFields.${prefix}`, {
        value: codeValueLabel(t, prefix, value),
      });
    }
    const field = plainFieldLabel(t, prefix);
    if (lookup(t, 'audit.fieldStates', value)) {
      return t(`audit.fieldStates.${value}`, { field });
    }
    return `${field}: ${value}`;
  }
  const dot = text.indexOf('.');
  if (dot > 0 && /^[A-Z]/.test(text)) {
    const entity = entityLabel(t, text.slice(0, dot));
    return `${entity} · ${plainFieldLabel(t, text.slice(dot + 1))}`;
  }
  return plainFieldLabel(t, text);
}

/** The label of a key of an event's details (`skipped_rows`). */
export function detailKeyLabel(t, key) {
  return lookup(t, 'audit.detailKeys', key) ?? readable(key);
}
