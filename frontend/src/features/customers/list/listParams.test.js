import { describe, expect, it } from 'vitest';

import {
  DEFAULT_COLUMNS,
  listVariables,
  readListParams,
  viewParams,
  writeListParams,
  writeListState,
} from '@/features/customers/list/listParams';

const read = (query, state = null) => readListParams(new URLSearchParams(query), state);

describe('list parameters', () => {
  it('reads defaults from an empty URL', () => {
    expect(read('')).toEqual({
      text: '',
      status: [],
      kycStatus: [],
      kind: null,
      branchId: null,
      segmentId: null,
      archived: 'current',
      complete: null,
      columns: DEFAULT_COLUMNS,
      sort: 'NAME',
      direction: 'ASC',
      size: 20,
      after: null,
      before: null,
    });
  });

  it('reads the columns: known ones, each once, the name first', () => {
    expect(read('cols=STATUS,BOGUS,COMPLETENESS,STATUS').columns).toEqual([
      'NAME',
      'STATUS',
      'COMPLETENESS',
    ]);
    expect(read('cols=BOGUS').columns).toEqual(DEFAULT_COLUMNS);
  });

  it('writes the columns and the completeness filter only when chosen', () => {
    const params = {
      ...read(''),
      complete: 'incomplete',
      columns: ['NAME', 'COMPLETENESS'],
    };

    expect(writeListParams(params).toString()).toBe(
      'complete=incomplete&cols=NAME%2CCOMPLETENESS',
    );
    expect(listVariables(params).filter).toEqual({
      archived: false,
      complete: false,
    });
    expect(writeListParams({ ...params, columns: DEFAULT_COLUMNS }).toString()).toBe(
      'complete=incomplete',
    );
  });

  it('ignores values the graph would refuse', () => {
    const params = read('status=ACTIVE,BOGUS&kind=ALIEN&sort=AGE&dir=UP&size=7');

    expect(params).toMatchObject({
      status: ['ACTIVE'],
      kind: null,
      sort: 'NAME',
      direction: 'ASC',
      size: 20,
    });
  });

  it('writes only what differs from the defaults', () => {
    const params = { ...read(''), status: ['ACTIVE', 'DORMANT'], size: 50 };

    expect(writeListParams(params).toString()).toBe('status=ACTIVE%2CDORMANT&size=50');
  });

  it('keeps the search text out of the URL, in the history state', () => {
    const params = { ...read(''), text: '110101199003078515', status: ['ACTIVE'] };

    expect(writeListParams(params).toString()).toBe('status=ACTIVE');
    expect(writeListState(params)).toEqual({ q: '110101199003078515' });
    expect(writeListState(read(''))).toBeNull();
    expect(read('status=ACTIVE', { q: '13800138000' }).text).toBe('13800138000');
    expect(read('q=13800138000').text).toBe('');
  });

  it('round-trips through the URL and the history state', () => {
    const query =
      'status=PROSPECT&kind=CORPORATE&branch=QnI6MQ%3D%3D&segment=U2VnbWVudDoz' +
      '&archived=archived&sort=UPDATED_AT&dir=DESC&size=10&after=abc';
    const params = read(query, { q: 'li' });

    expect(writeListParams(params).toString()).toBe(query);
    expect(writeListState(params)).toEqual({ q: 'li' });
  });

  it('turns the state into query variables', () => {
    const params = read(
      'status=ACTIVE&kind=INDIVIDUAL&branch=Yg%3D%3D&segment=Uw%3D%3D&archived=archived',
      { q: ' li ' },
    );

    expect(listVariables(params)).toEqual({
      filter: {
        text: 'li',
        status: ['ACTIVE'],
        kind: 'INDIVIDUAL',
        branchId: 'Yg==',
        segmentId: 'Uw==',
        archived: true,
      },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 20,
      after: null,
    });
  });

  it('filters by KYC status, known ones only, in the URL and the query', () => {
    const params = read('kyc=EXPIRED,LAPSED,PENDING');

    expect(params.kycStatus).toEqual(['EXPIRED', 'PENDING']);
    expect(writeListParams(params).toString()).toBe('kyc=EXPIRED%2CPENDING');
    expect(listVariables(params).filter).toEqual({
      archived: false,
      kycStatus: ['EXPIRED', 'PENDING'],
    });
    expect(listVariables(read('')).filter).toEqual({ archived: false });
  });

  it('reopens the KYC states a view keeps, and none from a view without', () => {
    const view = {
      filter: { status: [], kycStatus: ['EXPIRED'], archived: false },
      orderBy: { field: 'NAME', direction: 'ASC' },
    };

    expect(viewParams(view, 20).kycStatus).toEqual(['EXPIRED']);
    const older = { ...view, filter: { status: [], archived: false } };
    expect(viewParams(older, 20).kycStatus).toEqual([]);
  });

  it('pages backwards with last and before', () => {
    expect(listVariables(read('size=50&before=xyz'))).toMatchObject({
      last: 50,
      before: 'xyz',
    });
  });

  it('reopens a saved view from the first page, keeping the page size', () => {
    const view = {
      id: 'U2F2ZWRWaWV3OjE=',
      name: 'Dormant in segment',
      filter: {
        text: null,
        status: ['DORMANT'],
        kind: null,
        branchId: null,
        archived: false,
        segmentId: 'U2VnbWVudDoz',
      },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
    };

    const params = viewParams(view, 50);
    const narrow = viewParams(
      {
        ...view,
        filter: { ...view.filter, complete: true },
        columns: ['NAME', 'COMPLETENESS'],
      },
      20,
    );

    expect(writeListParams(params).toString()).toBe(
      'status=DORMANT&segment=U2VnbWVudDoz&sort=UPDATED_AT&dir=DESC&size=50',
    );
    expect(writeListParams(narrow).toString()).toBe(
      'status=DORMANT&segment=U2VnbWVudDoz&complete=complete&cols=NAME%2CCOMPLETENESS' +
        '&sort=UPDATED_AT&dir=DESC',
    );
    expect(listVariables(params).filter).toEqual({
      archived: false,
      status: ['DORMANT'],
      segmentId: 'U2VnbWVudDoz',
    });
  });
});
