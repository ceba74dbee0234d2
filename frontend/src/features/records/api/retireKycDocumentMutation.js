import { gql } from '@apollo/client';

export const RETIRE_KYC_DOCUMENT_MUTATION = gql`
  mutation RetireKycDocument($input: RetireKycDocumentInput!) {
    retireKycDocument(input: $input) {
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
      ... on ConflictError {
        code
        message
        currentVersion
      }
      ... on InvalidTransitionError {
        code
        message
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
