export const SORT_FIELDS = ['NAME', 'CUSTOMER_NO', 'CREATED_AT', 'UPDATED_AT'];
export const PAGE_SIZES = [10, 20, 50, 100];
export const STATUSES = ['PROSPECT', 'ACTIVE', 'DORMANT', 'CLOSED'];
export const KYC_STATUSES = ['PENDING', 'VERIFIED', 'EXPIRED', 'REJECTED'];
export const KINDS = ['INDIVIDUAL', 'CORPORATE'];
export const ARCHIVED_CHOICES = ['current', 'archived'];
export const COMPLETE_CHOICES = ['complete', 'incomplete'];
/** The table's columns as the graph names them (`CustomerColumn`). */
export const COLUMNS = [
  'NAME',
  'CUSTOMER_NO',
  'KIND',
  'STATUS',
  'BRANCH',
  'COMPLETENESS',
  'CREATED_AT',
  'UPDATED_AT',
];
export const DEFAULT_COLUMNS = COLUMNS.filter((c) => c !== 'COMPLETENESS');

const oneOf = (value, allowed, fallback) =>
  allowed.includes(value) ? value : fallback;

/**
/**
 * Known columns in the order given, each once, the name (the link to the
 * customer) always first; none: the default columns.
 */
export function shownColumns(columns) {
  const known = [...new Set(columns ?? [])].filter((c) => COLUMNS.includes(c));
  if (!known.length) return DEFAULT_COLUMNS;
  return ['NAME', ...known.filter((c) => c !== 'NAME')];
}

/**
 * The list's state, read from the URL so that a link or Back restores it. The
 * search text is the exception: it may be an ID number, a phone number or an
 * e-mail address, so it lives in the history entry's state (`{ q }`), never in
 * the address, where browser history, bookmarks and logs would keep it.
 */
export function readListParams(search, state = null) {
  const size = Number(search.get('size'));
  const text = state?.q;
  return {
    text: typeof text === 'string' ? text : '',
    status: (search.get('status') ?? '').split(',').filter((s) => STATUSES.includes(s)),
    kycStatus: (search.get('kyc') ?? '')
      .split(',')
      .filter((s) => KYC_STATUSES.includes(s)),
    kind: oneOf(search.get('kind'), KINDS, null),
    branchId: search.get('branch') || null,
    segmentId: search.get('segment') || null,
    archived: oneOf(search.get('archived'), ARCHIVED_CHOICES, 'current'),
    complete: oneOf(search.get('complete'), COMPLETE_CHOICES, null),
    columns: shownColumns((search.get('cols') ?? '').split(',')),
    sort: oneOf(search.get('sort'), SORT_FIELDS, 'NAME'),
    direction: oneOf(search.get('dir'), ['ASC', 'DESC'], 'ASC'),
    size: PAGE_SIZES.includes(size) ? size : 20,
    after: search.get('after') || null,
    before: search.get('before') || null,
  };
}

const URL_KEYS = {
  status: 'status',
  kycStatus: 'kyc',
  kind: 'kind',
  branchId: 'branch',
  segmentId: 'segment',
  archived: 'archived',
  complete: 'complete',
  columns: 'cols',
  sort: 'sort',
  direction: 'dir',
  size: 'size',
  after: 'after',
  before: 'before',
};

const DEFAULTS = {
  archived: 'current',
  columns: DEFAULT_COLUMNS.join(','),
  sort: 'NAME',
  direction: 'ASC',
  size: 20,
};

/** The URL search string for a list state: no defaults, never the search text. */
export function writeListParams(params) {
  const search = new URLSearchParams();
  for (const [key, urlKey] of Object.entries(URL_KEYS)) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    if (value !== null && value !== '' && value !== DEFAULTS[key]) {
      search.set(urlKey, String(value));
    }
  }
  return search;
}

/** The history state for a list state: the search text, if any. */
export function writeListState(params) {
  return params.text ? { q: params.text } : null;
}

/** GraphQL variables for the Customers query. */
export function listVariables(params) {
  // The graph's filter has no "both": archived is a required yes or no.
  const filter = { archived: params.archived === 'archived' };
  if (params.text.trim()) filter.text = params.text.trim();
  if (params.status.length) filter.status = params.status;
  if (params.kycStatus.length) filter.kycStatus = params.kycStatus;
  if (params.kind) filter.kind = params.kind;
  if (params.branchId) filter.branchId = params.branchId;
  if (params.segmentId) filter.segmentId = params.segmentId;
  if (params.complete) filter.complete = params.complete === 'complete';

  const page = params.before
    ? { last: params.size, before: params.before }
    : { first: params.size, after: params.after };
  return {
    filter,
    orderBy: { field: params.sort, direction: params.direction },
    ...page,
  };
}

/** The list state a saved view stands for; paging starts again. A view keeps no
 * search text (it may be a name or an ID number), so opening one clears it. */
export function viewParams(view, size) {
  const { filter, orderBy } = view;
  return {
    text: '',
    status: filter.status ?? [],
    kycStatus: filter.kycStatus ?? [],
    kind: filter.kind ?? null,
    branchId: filter.branchId ?? null,
    segmentId: filter.segmentId ?? null,
    archived: filter.archived ? 'archived' : 'current',
    complete: completeChoice(filter.complete),
    columns: shownColumns(view.columns),
    sort: orderBy.field,
    direction: orderBy.direction,
    size,
    after: null,
    before: null,
  };
}

function completeChoice(complete) {
  if (complete === true) return 'complete';
  return complete === false ? 'incomplete' : null;
}
