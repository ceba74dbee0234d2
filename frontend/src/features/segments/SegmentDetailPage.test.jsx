import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/test/renderApp';

const ID = 'U2VnbWVudDox';

const segment = (version, name) => ({
  __typename: 'Segment',
  id: ID,
  name,
  nameEn: 'Card holders',
  kind: 'LEARNED',
  version,
  description: null,
  rule: null,
  size: 2,
  modelVersion: 'segments-20261204',
  refreshedAt: '2026-12-04T09:00:00+00:00',
  profile: {
    __typename: 'LocalizedLines',
    en: ['Most hold a card'],
    zh: ['多持有信用卡'],
  },
  figures: [],
  members: {
    __typename: 'CustomerConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  },
});

/** The server's segment at version 2, renamed by someone else since version 1. */
function handlers(served) {
  return {
    Segment: () => ({ data: { segment: served.shift() ?? segment(2, '持卡客户') } }),
    RenameSegment: ({ input }) => ({
      data: {
        renameSegment:
          input.version === 2
            ? { ...segment(3, input.name), __typename: 'Segment' }
            : {
                __typename: 'ConflictError',
                code: 'CONFLICT',
                message: 'Segment was changed by someone else; reload and try again',
                currentVersion: 2,
              },
      },
    }),
  };
}

async function rename(user, name) {
  const field = screen.getByRole('textbox', { name: 'Name (Chinese)' });
  await user.clear(field);
  await user.type(field, name);
  await user.click(screen.getByRole('button', { name: 'Save names' }));
}

describe('segment rename', () => {
  it('sends the version read, and on a conflict offers to reload', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(`/segments/${encodeURIComponent(ID)}`, {
      handlers: handlers([segment(1, '信用卡客户')]),
    });
    await screen.findByRole('heading', { name: 'Card holders' });
    await user.click(screen.getByRole('button', { name: 'Rename' }));

    await rename(user, '高价值持卡人');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone renamed this segment first.');
    expect(graph.callsOf('RenameSegment')[0].variables.input).toEqual({
      id: ID,
      version: 1,
      name: '高价值持卡人',
      nameEn: 'Card holders',
    });
    expect(screen.getByRole('textbox', { name: 'Name (Chinese)' })).toHaveValue(
      '高价值持卡人',
    );
  });

  it('saves with the fresh version after a reload', async () => {
    const user = userEvent.setup();
    const { graph } = renderApp(`/segments/${encodeURIComponent(ID)}`, {
      handlers: handlers([segment(1, '信用卡客户')]),
    });
    await screen.findByRole('heading', { name: 'Card holders' });
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await rename(user, '高价值持卡人');
    await screen.findByRole('alert');

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Their names now: 持卡客户 / Card holders (the form was filled with 信用卡客户',
    );
    expect(screen.getByRole('textbox', { name: 'Name (Chinese)' })).toHaveValue(
      '高价值持卡人',
    );
    await user.click(screen.getByRole('button', { name: 'Save names' }));

    await expect.poll(() => graph.callsOf('RenameSegment').length).toBe(2);
    expect(graph.callsOf('RenameSegment')[1].variables.input.version).toBe(2);
    await expect
      .poll(() => screen.queryByRole('button', { name: 'Save names' }))
      .toBeNull();
  });
});
