import { gql } from '@apollo/client';

export const IMPORT_TEMPLATES_QUERY = gql`
  query ImportTemplates($entity: String) {
    importTemplates(entity: $entity) {
      id
      name
      entity
      mapping {
        column
        target
      }
      ignoredColumns
      options
      updatedAt
    }
  }
`;
