/**
 * Which concrete types make up each union and interface of the graph, so the
 * cache can match fragments on payload unions. A test checks this against
 * the repository's schema.graphql.
 */
export const POSSIBLE_TYPES = {
  Node: [
    'Account',
    'Branch',
    'Customer',
    'Product',
    'Recommendation',
    'Segment',
    'Transaction',
  ],
  Error: [
    'ConflictError',
    'DuplicateCustomerError',
    'NotFoundError',
    'PermissionDeniedError',
    'ValidationError',
  ],
  CreateCustomerPayload: [
    'Customer',
    'DuplicateCustomerError',
    'PermissionDeniedError',
    'ValidationError',
  ],
  UpdateCustomerPayload: [
    'ConflictError',
    'Customer',
    'DuplicateCustomerError',
    'NotFoundError',
    'PermissionDeniedError',
    'ValidationError',
  ],
  ArchiveCustomerPayload: [
    'ConflictError',
    'Customer',
    'NotFoundError',
    'PermissionDeniedError',
  ],
  RestoreCustomerPayload: [
    'ConflictError',
    'Customer',
    'NotFoundError',
    'PermissionDeniedError',
  ],
  CreateSegmentPayload: ['PermissionDeniedError', 'Segment', 'ValidationError'],
  PreviewSegmentPayload: ['PermissionDeniedError', 'SegmentPreview', 'ValidationError'],
  RecordRecommendationOutcomePayload: [
    'NotFoundError',
    'PermissionDeniedError',
    'Recommendation',
    'ValidationError',
  ],
  RenameSegmentPayload: [
    'NotFoundError',
    'PermissionDeniedError',
    'Segment',
    'ValidationError',
  ],
};
