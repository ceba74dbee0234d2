import { gql } from '@apollo/client';

/**
 * What a screen shows of any typed error a mutation answers with: its code
 * and message, and what each kind adds (the fields a validation error names,
 * the version a conflict found, the permission missing). It is on the `Error`
 * interface, so the cache needs `possibleTypes` (src/lib/possibleTypes.js) to
 * match it to each error type.
 */
export const PAYLOAD_ERROR_FIELDS = gql`
  fragment PayloadErrorFields on Error {
    code
    message
    ... on ConflictError {
      currentVersion
    }
    ... on ValidationError {
      fields {
        field
        code
        message
      }
    }
    ... on PermissionDeniedError {
      permission
    }
  }
`;

function fragmentOf(document) {
  const fragment = document.definitions.find((d) => d.kind === 'FragmentDefinition');
  if (!fragment) throw new Error('payloadMutation takes fragment documents');
  return fragment;
}

/**
 * The document of a mutation made the graph's way (docs/DESIGN.md, "The
 * graph"): `name` (e.g. `ArchiveCustomer`) is the operation, its field
 * (`archiveCustomer`) takes one `input` of type `ArchiveCustomerInput` and
 * answers a union of a result and typed errors. `result` is a fragment on the
 * result's type, `errors` one on `Error` (by default PayloadErrorFields);
 * `variables` declares any more variables the fragments use.
 */
export function payloadMutation(
  name,
  result,
  errors = PAYLOAD_ERROR_FIELDS,
  variables = '',
) {
  const field = name[0].toLowerCase() + name.slice(1);
  const success = fragmentOf(result);
  return gql`
    mutation ${name}($input: ${name}Input!${variables ? `, ${variables}` : ''}) {
      ${field}(input: $input) {
        __typename
        ... on ${success.typeCondition.name.value} {
          ...${success.name.value}
        }
        ...${fragmentOf(errors).name.value}
      }
    }
    ${result}
    ${errors}
  `;
}
