import { gql } from '@apollo/client';

export const ADD_KYC_DOCUMENT_MUTATION = gql`
  mutation AddKycDocument($input: AddKycDocumentInput!) {
    addKycDocument(input: $input) {
      __typename
      ... on KycDocument {
        id
        status
        version
        verifiedBy
        verifiedByName
        verifiedAt
        retiredReason
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
