import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { uploadOperation } from '@/features/imports/api/uploadOperation';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

vi.mock('@/features/imports/api/uploadOperation', () => ({ uploadOperation: vi.fn() }));

const MAPPING = [
  { column: '客户姓名', target: 'full_name' },
  { column: '手机号', target: 'mobile_phone' },
];

function report(overrides = {}) {
  return {
    __typename: 'ImportReport',
    jobId: 7,
    dryRun: true,
    status: 'CHECKED',
    totalRows: 2,
    validRows: 1,
    createdRows: 0,
    existingRows: 0,
    problems: [
      {
        row: 3,
        column: '手机号',
        field: 'mobile_phone',
        value: '1***5',
        code: 'INVALID_PHONE',
        message: 'Not a valid phone number',
      },
    ],
    duplicates: [],
    ...overrides,
  };
}

function preview(reportValue = report()) {
  return {
    status: 200,
    body: {
      data: {
        previewImport: {
          __typename: 'ImportPreview',
          fileName: 'c.csv',
          headers: ['客户姓名', '手机号'],
          sampleRows: [['王*', '138****8000']],
          estimatedRows: 2,
          suggestedMapping: MAPPING,
          mapping: MAPPING,
          mappingProblems: [],
          report: reportValue,
        },
      },
    },
  };
}

async function chooseFile(user) {
  const file = new File(['客户姓名,手机号\n'], 'c.csv', { type: 'text/csv' });
  // The screens render once `me` has answered.
  const input = await waitFor(() => {
    const found = document.querySelector('input[type="file"]');
    expect(found).not.toBeNull();
    return found;
  });
  await user.upload(input, file);
  return file;
}

describe('import wizard', () => {
  beforeEach(() => {
    uploadOperation.mockReset();
    setViewport('desktop');
  });

  it('checks the file at once and lists every bad cell, commit held back', async () => {
    uploadOperation.mockResolvedValue(preview());
    const user = userEvent.setup();
    renderApp('/imports');

    const file = await chooseFile(user);

    const cell = await screen.findByText('INVALID_PHONE');
    const row = cell.closest('tr');
    expect(within(row).getByText('1***5')).toBeInTheDocument();
    expect(within(row).getByText('Not a valid phone number')).toBeInTheDocument();
    expect(uploadOperation.mock.calls[0][1]).toEqual({ file });
    expect(screen.getByRole('button', { name: 'Import all rows' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download report (CSV)' })).toBeEnabled();
  });

  it('commits a clean file with the mapping shown and reports the count', async () => {
    uploadOperation
      .mockResolvedValueOnce(preview(report({ problems: [], validRows: 2 })))
      .mockResolvedValueOnce({
        status: 200,
        body: {
          data: {
            commitImport: report({
              dryRun: false,
              status: 'COMMITTED',
              problems: [],
              createdRows: 2,
            }),
          },
        },
      });
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);
    await screen.findByText('No bad cells: the file can be imported.');

    await user.click(screen.getByRole('button', { name: 'Import all rows' }));

    expect(await screen.findByText('2 customers imported')).toBeInTheDocument();
    expect(uploadOperation.mock.calls[1][1].mapping).toEqual(MAPPING);
  });

  it('shows the bad cells as cards on a phone', async () => {
    setViewport('phone');
    uploadOperation.mockResolvedValue(preview());
    const user = userEvent.setup();
    renderApp('/imports');

    await chooseFile(user);

    expect(await screen.findByText('Row 3 · 手机号')).toBeInTheDocument();
    expect(screen.queryByText('Value (masked)')).not.toBeInTheDocument();
  });
});
