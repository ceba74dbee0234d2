import { gql } from '@apollo/client';

/** What a rule may name: fields, their operators and allowed values. */
export const SEGMENT_RULE_FIELDS_QUERY = gql`
  query SegmentRuleFields {
    segmentRuleFields {
      name
      kind
      operators
      choices
    }
  }
`;
