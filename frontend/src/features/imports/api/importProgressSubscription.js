import { gql } from '@apollo/client';

export const IMPORT_PROGRESS_SUBSCRIPTION = gql`
  subscription ImportProgress($key: String!) {
    importProgress(key: $key) {
      key
      phase
      done
      total
    }
  }
`;
