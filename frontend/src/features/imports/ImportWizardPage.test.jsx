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

const BAD_PHONE = {
  row: 3,
  column: '手机号',
  field: 'mobile_phone',
  value: '1***5',
  code: 'INVALID_PHONE',
  message: 'Not a valid phone number',
};

// As the server reports them: each row with a problem is skipped by a
// valid-rows-only commit.
function skippedOf(problems) {
  const rows = [...new Set(problems.map((p) => p.row))];
  return rows.map((row) => ({
    row,
    reasons: problems.filter((p) => p.row === row).map((p) => p.code),
  }));
}

function report(overrides = {}) {
  const problems = overrides.problems ?? [BAD_PHONE];
  const skipped = overrides.skipped ?? skippedOf(problems);
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
    problems,
    duplicates: [],
    commitMode: 'ALL_OR_NOTHING',
    writtenRows: 0,
    skippedRows: skipped.length,
    skipped,
    ...overrides,
  };
}

function committed(overrides = {}) {
  return {
    status: 200,
    body: {
      data: {
        commitImport: report({ dryRun: false, status: 'COMMITTED', ...overrides }),
      },
    },
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

  it('words each reason in Chinese by its code, a new code in the server words', async () => {
    const unknown = {
      ...BAD_PHONE,
      row: 4,
      code: 'SOMETHING_NEW',
      message: 'Only the server knows',
    };
    uploadOperation.mockResolvedValue(
      preview(report({ problems: [BAD_PHONE, unknown] })),
    );
    const user = userEvent.setup();
    renderApp('/imports', { language: 'zh' });

    await chooseFile(user);

    const cell = await screen.findByText('INVALID_PHONE');
    expect(
      within(cell.closest('tr')).getByText('不是有效的电话号码'),
    ).toBeInTheDocument();
    expect(screen.queryByText(BAD_PHONE.message)).not.toBeInTheDocument();
    const other = screen.getByText('SOMETHING_NEW').closest('tr');
    expect(within(other).getByText('Only the server knows')).toBeInTheDocument();
  });

  it('words a refused file by its code in Chinese, a mapping problem as said', async () => {
    const field = {
      field: 'file',
      code: 'UNREADABLE_ENCODING',
      message: 'Save as UTF-8',
    };
    const mapping = {
      field: 'mapping',
      code: 'REQUIRED',
      message: 'Map a column to full_name',
    };
    uploadOperation.mockResolvedValue({
      status: 200,
      body: {
        data: {
          previewImport: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Invalid input',
            fields: [field, mapping],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/imports', { language: 'zh' });

    await chooseFile(user);

    const alert = await screen.findByRole('alert');
    const description = within(alert).getByText(/请把文件另存为 UTF-8 或 GBK 编码/);
    expect(description).not.toHaveTextContent('Save as UTF-8');
    // A mapping problem names its field in the server's message only.
    expect(description).toHaveTextContent('Map a column to full_name');
  });

  it('asks for the encoding of an unclear file and checks it again in the one chosen', async () => {
    uploadOperation.mockResolvedValueOnce({
      status: 200,
      body: {
        data: {
          previewImport: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Invalid input',
            fields: [
              {
                field: 'file',
                code: 'AMBIGUOUS_ENCODING',
                message: 'The file may be in big5 or gb18030',
              },
            ],
          },
        },
      },
    });
    uploadOperation.mockResolvedValueOnce(preview());
    const user = userEvent.setup();
    renderApp('/imports');

    const file = await chooseFile(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The file\'s encoding is unclear: choose it under "Encoding of a CSV file"',
    );
    await user.click(screen.getByRole('combobox', { name: 'Encoding of a CSV file' }));
    await user.click(await screen.findByTitle('gbk'));

    await screen.findByText('INVALID_PHONE');
    expect(uploadOperation.mock.calls[1][1]).toEqual({
      file,
      progressKey: 'run-key-1',
      entity: 'CUSTOMER',
      mode: 'CREATE',
      encoding: 'gbk',
    });
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

    expect(
      screen.queryByRole('button', { name: /Import valid rows only/ }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import all rows' }));

    expect(await screen.findByText('2 created, 0 updated')).toBeInTheDocument();
    expect(uploadOperation.mock.calls[1][1].mapping).toEqual(MAPPING);
    expect(uploadOperation.mock.calls[1][1].commitMode).toBeUndefined();
  });

  it('after a dry run with bad rows offers to import the valid rows only', async () => {
    uploadOperation.mockResolvedValueOnce(preview()).mockResolvedValueOnce(
      committed({
        commitMode: 'VALID_ROWS_ONLY',
        createdRows: 1,
        writtenRows: 1,
      }),
    );
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    expect(
      await screen.findByText('1 row cannot be imported as it is'),
    ).toBeInTheDocument();
    // No row is held as a likely duplicate: nothing to confirm.
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import all rows' })).toBeDisabled();
    await user.click(
      screen.getByRole('button', {
        name: 'Import valid rows only (1 row, 1 skipped)',
      }),
    );

    expect(
      await screen.findByText('1 created, 0 updated, 1 skipped'),
    ).toBeInTheDocument();
    expect(uploadOperation.mock.calls[1][1]).toMatchObject({
      entity: 'CUSTOMER',
      mode: 'CREATE',
      commitMode: 'VALID_ROWS_ONLY',
      confirmDuplicates: false,
      mapping: MAPPING,
    });
    const cell = screen.getByText('INVALID_PHONE');
    expect(within(cell.closest('tr')).getByText('1***5')).toBeInTheDocument();
  });

  it('holds likely duplicates for review, and all rows stay importable', async () => {
    const duplicates = [{ row: 2, otherRow: null, score: 0.8, reasons: ['X'] }];
    uploadOperation.mockResolvedValue(
      preview(
        report({
          problems: [],
          duplicates,
          validRows: 2,
          skipped: [{ row: 2, reasons: ['NEEDS_REVIEW'] }],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    expect(
      await screen.findByText('Likely duplicates held for review: rows 2'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import all rows' })).toBeEnabled();
    expect(
      screen.getByRole('button', {
        name: 'Import valid rows only (1 row, 1 skipped)',
      }),
    ).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download report (CSV)' })).toBeEnabled();
  });

  it('imports the likely duplicates held for review once the user confirms them', async () => {
    const skipped = [
      { row: 2, reasons: ['NEEDS_REVIEW'] },
      { row: 3, reasons: ['INVALID_PHONE'] },
    ];
    uploadOperation
      .mockResolvedValueOnce(preview(report({ totalRows: 3, skipped })))
      .mockResolvedValueOnce(
        committed({
          commitMode: 'VALID_ROWS_ONLY',
          createdRows: 2,
          skipped: skipped.slice(1),
        }),
      );
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    const confirm = await screen.findByRole('switch', {
      name: 'Also import the 1 likely duplicate held for review',
    });
    expect(confirm).not.toBeChecked();
    expect(confirm).toHaveAccessibleDescription(/listed in the report for review/);
    expect(
      screen.getByRole('button', { name: 'Import valid rows only (1 row, 2 skipped)' }),
    ).toBeEnabled();

    confirm.focus();
    await user.keyboard(' ');

    expect(confirm).toBeChecked();
    await user.click(
      screen.getByRole('button', {
        name: 'Import valid rows only (2 rows, 1 skipped)',
      }),
    );
    expect(
      await screen.findByText('2 created, 0 updated, 1 skipped'),
    ).toBeInTheDocument();
    expect(uploadOperation.mock.calls[1][1]).toMatchObject({
      commitMode: 'VALID_ROWS_ONLY',
      confirmDuplicates: true,
    });
  });

  it('offers no valid-rows import when every row is bad', async () => {
    uploadOperation.mockResolvedValue(preview(report({ totalRows: 1 })));
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    expect(
      await screen.findByRole('button', {
        name: 'Import valid rows only (0 rows, 1 skipped)',
      }),
    ).toBeDisabled();
  });

  it('keeps the wizard and shows the error when a valid-rows commit fails', async () => {
    uploadOperation.mockResolvedValueOnce(preview()).mockResolvedValueOnce({
      status: 200,
      body: { errors: [{ message: 'x', extensions: { requestId: 'req-9' } }] },
    });
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    await user.click(
      await screen.findByRole('button', {
        name: 'Import valid rows only (1 row, 1 skipped)',
      }),
    );

    const title = await screen.findByText('The server could not complete the request.');
    expect(
      within(title.closest('[role="alert"]')).getByText(/req-9/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Import valid rows only (1 row, 1 skipped)' }),
    ).toBeEnabled();
    expect(screen.queryByText('Import another file')).not.toBeInTheDocument();
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

  it('offers the valid rows only on a phone too', async () => {
    setViewport('phone');
    uploadOperation
      .mockResolvedValueOnce(preview(report({ totalRows: 3 })))
      .mockResolvedValueOnce(
        committed({
          commitMode: 'VALID_ROWS_ONLY',
          createdRows: 2,
          writtenRows: 2,
        }),
      );
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    const choice = await screen.findByRole('button', {
      name: 'Import valid rows only (2 rows, 1 skipped)',
    });
    expect(choice).toHaveClass('ant-btn-block');
    await user.click(choice);

    expect(
      await screen.findByText('2 created, 0 updated, 1 skipped'),
    ).toBeInTheDocument();
    expect(uploadOperation.mock.calls[1][1].commitMode).toBe('VALID_ROWS_ONLY');
    expect(screen.getByText('Row 3 · 手机号')).toBeInTheDocument();
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
      // No number in the file: the dry run promises none.
      { row: 4, action: 'CREATE', customerNo: null, version: null, changes: [] },
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
    const unnumbered = screen.getByText('New customer').closest('tr');
    expect(within(unnumbered).getByText('Create')).toBeInTheDocument();
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

  it('names the unmapped columns and commits once they are ignored', async () => {
    const mapping = [...MAPPING, { column: '备注', target: null }];
    const clean = report({ problems: [], validRows: 2, unmappedColumns: ['备注'] });
    const answer = preview(clean);
    Object.assign(answer.body.data.previewImport, {
      headers: ['客户姓名', '手机号', '备注'],
      mapping,
      unmappedColumns: ['备注'],
      ignoredColumns: [],
    });
    uploadOperation
      .mockResolvedValueOnce(answer)
      .mockResolvedValueOnce(committed({ problems: [], createdRows: 2 }));
    const user = userEvent.setup();
    renderApp('/imports');
    await chooseFile(user);

    expect(await screen.findByText('Columns not mapped: 备注')).toBeInTheDocument();
    const commit = screen.getByRole('button', { name: 'Import all rows' });
    expect(commit).toBeDisabled();
    const box = screen.getByRole('checkbox', { name: 'Ignore column 备注' });
    expect(box).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Ignore these columns' }));

    expect(box).toBeChecked();
    expect(screen.queryByText('Columns not mapped: 备注')).toBeNull();
    expect(commit).toBeEnabled();
    await user.click(box);
    expect(await screen.findByText('Columns not mapped: 备注')).toBeInTheDocument();
    await user.click(box);
    await user.click(commit);

    expect(await screen.findByText('2 created, 0 updated')).toBeInTheDocument();
    expect(uploadOperation.mock.calls[1][1]).toMatchObject({
      mapping: MAPPING,
      ignoredColumns: ['备注'],
    });
  });

  it('gives blank-header columns their own name, samples and Ignore', async () => {
    const mapping = [...MAPPING, { column: 'Column C', target: null }];
    const answer = preview(report({ problems: [], unmappedColumns: ['Column C'] }));
    Object.assign(answer.body.data.previewImport, {
      headers: ['客户姓名', '手机号', 'Column C'],
      sampleRows: [['王*', '138****8000', '老**']],
      mapping,
      unmappedColumns: ['Column C'],
      ignoredColumns: [],
    });
    uploadOperation.mockResolvedValueOnce(answer);
    const user = userEvent.setup();
    renderApp('/imports', { language: 'zh' });
    await chooseFile(user);

    expect(await screen.findByText('未对应的列：列 C')).toBeInTheDocument();
    const row = screen.getByText('列 C').closest('tr');
    expect(within(row).getByText('老**')).toBeInTheDocument();
    await user.click(within(row).getByRole('checkbox', { name: '忽略列 列 C' }));
    expect(screen.queryByText('未对应的列：列 C')).toBeNull();
  });

  it('names the header a refused file has twice', async () => {
    uploadOperation.mockResolvedValueOnce({
      status: 200,
      body: {
        data: {
          previewImport: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Invalid input',
            fields: [
              {
                field: 'file',
                code: 'DUPLICATE_HEADER',
                message: "The header '手机号' names two columns: B and D",
                column: '手机号',
                target: null,
              },
            ],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/imports', { language: 'zh' });
    await chooseFile(user);

    expect(await screen.findByText(/表头“手机号”出现在两列/)).toBeInTheDocument();
  });

  it('words a refusal for an unmapped column in Chinese', async () => {
    uploadOperation.mockResolvedValueOnce({
      status: 200,
      body: {
        data: {
          previewImport: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Invalid input',
            fields: [
              {
                field: 'mapping',
                code: 'UNMAPPED_COLUMN',
                message: "Column '备注' is not mapped",
                column: '备注',
                target: null,
              },
            ],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/imports', { language: 'zh' });
    await chooseFile(user);

    expect(
      await screen.findByText(/“备注”列未对应字段：请对应到一个字段，或将其标为忽略。/),
    ).toBeInTheDocument();
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
