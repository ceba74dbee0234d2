import { gql } from '@apollo/client';

export const SAVE_TEMPLATE_MUTATION = gql`
  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {
    saveImportTemplate(input: $input) {
      __typename
      ... on ImportTemplate {
        id
        name
      }
      ... on ValidationError {
        code
        message
        fields {
          field
          code
          message
        }
      }
      ... on PermissionDeniedError {
        code
        message
        permission
      }
    }
  }
`;
