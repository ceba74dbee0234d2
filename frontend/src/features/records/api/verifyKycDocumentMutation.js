import { gql } from '@apollo/client';

export const VERIFY_KYC_DOCUMENT_MUTATION = gql`
  mutation VerifyKycDocument($input: VerifyKycDocumentInput!) {
    verifyKycDocument(input: $input) {
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
