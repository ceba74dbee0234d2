import { gql } from '@apollo/client';

export const MODEL_CARD_QUERY = gql`
  query ModelCard($kind: String) {
    modelCard(kind: $kind) {
      kind
      version
      dataset
      algorithm
      createdAt
      auc
      ks
      brier
      calibrationError
      trainRows
      testRows
      badRate
      choice {
        code
        passedOver
        passedOverCalibrationError
        bestCalibrationError
      }
      customers
      scorePsi
      warnAt
      calibration {
        meanPd
        badRate
        rows
      }
      importance {
        input
        en
        zh
        importance
      }
      stability {
        input
        en
        zh
        psi
        warning
      }
    }
  }
`;
