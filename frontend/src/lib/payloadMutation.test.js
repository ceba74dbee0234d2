import { gql } from '@apollo/client';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';

import { PAYLOAD_ERROR_FIELDS, payloadMutation } from '@/lib/payloadMutation';

const THING = gql`
  fragment ThingFields on Thing {
    id
    version
  }
`;

describe('payloadMutation', () => {
  it('names the operation, its field and input type after the mutation', () => {
    const doc = payloadMutation('RenameThing', THING);
    const [operation, ...fragments] = doc.definitions;
    expect(operation.operation).toBe('mutation');
    expect(operation.name.value).toBe('RenameThing');
    const text = print(operation);
    expect(text).toContain('mutation RenameThing($input: RenameThingInput!)');
    expect(text).toContain('renameThing(input: $input)');
    expect(text).toContain('... on Thing {\n      ...ThingFields\n    }');
    expect(text).toContain('...PayloadErrorFields');
    expect(fragments.map((f) => f.name.value)).toEqual([
      'ThingFields',
      'PayloadErrorFields',
    ]);
  });

  it('spreads the error fragment it is given instead of the default', () => {
    const errors = gql`
      fragment OwnErrors on Error {
        code
      }
    `;
    const doc = payloadMutation('DropThing', THING, errors);
    const names = doc.definitions.slice(1).map((f) => f.name.value);
    expect(names).toEqual(['ThingFields', 'OwnErrors']);
    expect(print(doc)).not.toContain('PayloadErrorFields');
  });

  it('refuses a result that is not a fragment', () => {
    const query = gql`
      query Q {
        me {
          id
        }
      }
    `;
    expect(() => payloadMutation('X', query)).toThrow(/fragment/);
    expect(PAYLOAD_ERROR_FIELDS.definitions[0].typeCondition.name.value).toBe('Error');
  });
});
