import { buildSchema, isAbstractType, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { POSSIBLE_TYPES } from '@/lib/possibleTypes';
// The schema the API exports, committed at the repository root.
import schemaText from '../../../schema.graphql?raw';

const schema = buildSchema(schemaText);

const modules = import.meta.glob('/src/features/*/api/*.js', { eager: true });
const operations = Object.entries(modules).flatMap(([path, exports]) =>
  Object.values(exports)
    .filter((doc) => doc?.definitions?.some((d) => d.kind === 'OperationDefinition'))
    .map((doc) => [path, doc]),
);

describe('GraphQL documents', () => {
  it('finds the operations to check', () => {
    // At least the customer screens' nine; each feature adds its own.
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each(operations)('%s is valid against schema.graphql', (_path, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });

  it('declares one operation per file', () => {
    const perFile = operations.map(([path]) => path);
    expect(new Set(perFile).size).toBe(perFile.length);
  });

  it('knows the members of every union and interface', () => {
    const abstract = Object.values(schema.getTypeMap()).filter(
      (type) => isAbstractType(type) && !type.name.startsWith('__'),
    );
    const fromSchema = Object.fromEntries(
      abstract.map((type) => [
        type.name,
        schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort(),
      ]),
    );
    expect(POSSIBLE_TYPES).toEqual(fromSchema);
  });
});
