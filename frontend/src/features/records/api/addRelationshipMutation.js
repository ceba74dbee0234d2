import { gql } from '@apollo/client';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

export const ADD_RELATIONSHIP_MUTATION = gql`
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      __typename
      ... on CustomerRelationship {
        id
        role
      }
      ...RecordErrorFields
    }
  }
  ${RECORD_ERROR_FIELDS}
`;
