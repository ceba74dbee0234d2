import { gql } from '@apollo/client';

export const DELETE_TEMPLATE_MUTATION = gql`
  mutation DeleteImportTemplate($input: DeleteImportTemplateInput!) {
    deleteImportTemplate(input: $input) {
      __typename
      ... on DeletedImportTemplate {
        id
      }
      ... on NotFoundError {
        code
        message
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
