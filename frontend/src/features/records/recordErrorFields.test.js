import { buildSchema, visit } from 'graphql';
import { describe, expect, it } from 'vitest';

import { RECORD_ERROR_FIELDS } from '@/features/records/api/recordErrorFields';

import schemaText from '../../../../schema.graphql?raw';

const schema = buildSchema(schemaText);
const errorTypes = new Set(
  schema.getPossibleTypes(schema.getType('Error')).map((t) => t.name),
);

const modules = import.meta.glob('./api/*Mutation.js', { eager: true });
const mutations = Object.entries(modules).flatMap(([path, exports]) =>
  Object.values(exports)
    .filter((doc) => doc?.definitions?.some((d) => d.operation === 'mutation'))
    .map((doc) => [path, doc]),
);

function operationOf(doc) {
  return doc.definitions.find((d) => d.kind === 'OperationDefinition');
}

describe('records mutations', () => {
  it('are found', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(7);
  });

  it.each(mutations)('%s reads its errors through RecordErrorFields', (_path, doc) => {
    const spreads = [];
    const inlineErrors = [];
    visit(operationOf(doc), {
      FragmentSpread: (node) => spreads.push(node.name.value),
      InlineFragment: (node) => {
        const name = node.typeCondition?.name.value;
        if (errorTypes.has(name) || name === 'Error') inlineErrors.push(name);
      },
    });
    expect(spreads).toContain('RecordErrorFields');
    expect(inlineErrors).toEqual([]);
  });

  it('show the fields PayloadProblems and PayloadErrorAlert read', () => {
    // The fragment and those it spreads (PayloadErrorFields) come in one document.
    const selected = {};
    visit(RECORD_ERROR_FIELDS, {
      InlineFragment: (node) => {
        selected[node.typeCondition.name.value] = node.selectionSet.selections.map(
          (s) => s.name.value,
        );
      },
    });
    expect(selected).toEqual({
      ConflictError: ['currentVersion'],
      ValidationError: ['fields'],
      PermissionDeniedError: ['permission'],
    });
  });
});
