import { gql } from '@apollo/client';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

export const END_RELATIONSHIP_MUTATION = gql`
  mutation EndRelationship($input: EndRelationshipInput!) {
    endRelationship(input: $input) {
      __typename
      ... on CustomerRelationship {
        id
        endedAt
      }
      ...RecordErrorFields
    }
  }
  ${RECORD_ERROR_FIELDS}
`;
