import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { followImportProgress } from '@/features/imports/api/followImportProgress';
import { uploadOperation } from '@/features/imports/api/uploadOperation';
import { renderApp } from '@/test/renderApp';
import { setViewport } from '@/test/setup';

vi.mock('@/features/imports/api/uploadOperation', () => ({ uploadOperation: vi.fn() }));
vi.mock('@/features/imports/api/followImportProgress', () => ({
  followImportProgress: vi.fn(),
  newProgressKey: () => 'run-key-1',
}));

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
    updatedRows: 0,
    unchangedRows: 0,
    outcomes: [],
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

// The wizard renders the whole app and several Ant Design widgets: on a loaded
// machine its first test alone took longer than the default bound on a hang.
describe('import wizard', { timeout: 60_000 }, () => {
  beforeEach(() => {
    uploadOperation.mockReset();
    followImportProgress.mockReset();
    followImportProgress.mockReturnValue(() => {});
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
    expect(uploadOperation.mock.calls[0][1]).toEqual({
      file,
      progressKey: 'run-key-1',
      entity: 'CUSTOMER',
      mode: 'CREATE',
    });
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

    expect(await screen.findByText('2 created, 0 updated')).toBeInTheDocument();
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

  it('in update mode shows what each row changes, masked', async () => {
    const outcomes = [
      {
        row: 2,
        action: 'UPDATE',
        customerNo: 'C1000000001',
        version: 3,
        changes: [{ field: 'mobile_phone', old: '', new: '+8**********00' }],
      },
      {
        row: 3,
        action: 'CREATE',
        customerNo: 'C9000000001',
        version: null,
        changes: [],
      },
    ];
    uploadOperation.mockResolvedValue(
      preview(report({ problems: [], outcomes, updatedRows: 1 })),
    );
    const user = userEvent.setup();
    renderApp('/imports');

    await user.click(
      await screen.findByRole('radio', { name: 'Update existing customers' }),
    );
    await chooseFile(user);

    const changed = (await screen.findByText('C1000000001')).closest('tr');
    expect(within(changed).getByText('Update')).toBeInTheDocument();
    expect(within(changed).getByText('+8**********00')).toBeInTheDocument();
    const created = screen.getByText('C9000000001').closest('tr');
    expect(within(created).getByText('Create')).toBeInTheDocument();
    expect(uploadOperation.mock.calls[0][1].mode).toBe('UPDATE');
  });

  it('shows the rows the server has imported while a commit runs', async () => {
    let finish;
    uploadOperation
      .mockResolvedValueOnce(preview(report({ problems: [], validRows: 2 })))
      .mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);
    await screen.findByText('No bad cells: the file can be imported.');

    await user.click(screen.getByRole('button', { name: 'Import all rows' }));
    const [, key, onProgress] = followImportProgress.mock.calls[1];
    onProgress({ key, phase: 'write', done: 5000, total: 10000 });

    expect(
      await screen.findByText('Importing rows: 5000 of 10000'),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '55');
    expect(uploadOperation.mock.calls[1][1].progressKey).toBe(key);
    finish({ status: 200, body: { data: { commitImport: report({ problems: [] }) } } });
    expect(await screen.findByText('Import another file')).toBeInTheDocument();
  });

  it('saves the mapping as a template and lays a saved one over the columns', async () => {
    const saved = {
      id: 'SW1wb3J0VGVtcGxhdGU6MQ',
      name: '柜面模板',
      entity: 'customer',
      mapping: [{ column: '手机号', target: 'email' }],
      options: { mode: 'update' },
      updatedAt: '2026-12-04T10:00:00+00:00',
    };
    uploadOperation.mockResolvedValue(preview(report({ problems: [] })));
    const user = userEvent.setup();
    const { graph } = renderApp('/imports', {
      handlers: {
        ImportTemplates: () => ({ data: { importTemplates: [saved] } }),
        SaveImportTemplate: () => ({
          data: {
            saveImportTemplate: {
              __typename: 'ImportTemplate',
              id: saved.id,
              name: '新模板',
            },
          },
        }),
      },
    });
    await chooseFile(user);
    await screen.findByText('No bad cells: the file can be imported.');

    await user.type(screen.getByRole('textbox', { name: 'Template name' }), '新模板');
    await user.click(screen.getByRole('button', { name: 'Save as template' }));

    expect(await screen.findByText('Template 新模板 saved')).toBeInTheDocument();
    expect(graph.callsOf('SaveImportTemplate')[0].variables.input).toEqual({
      name: '新模板',
      entity: 'customer',
      mode: 'CREATE',
      mapping: MAPPING,
    });

    await user.click(screen.getByRole('combobox', { name: 'Saved template' }));
    await user.click(await screen.findByTitle('柜面模板'));

    expect(
      screen.getByRole('radio', { name: 'Update existing customers' }),
    ).toBeChecked();
    expect(screen.queryByText('No bad cells: the file can be imported.')).toBeNull();
  });
});
