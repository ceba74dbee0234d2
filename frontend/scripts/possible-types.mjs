// Rewrites src/lib/possibleTypes.js from ../schema.graphql (`npm run possible-types`).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isUnionType } from 'graphql';

const schema = buildSchema(
  readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'),
);
const entries = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__'))
  .filter((type) => isUnionType(type) || isInterfaceType(type))
  .map((type) => [
    type.name,
    schema
      .getPossibleTypes(type)
      .map((member) => member.name)
      .sort(),
  ]);
const body = entries
  .map(([name, members]) => `  ${name}: [${members.map((m) => `'${m}'`).join(', ')}],`)
  .join('\n');
const header = `/**
 * Which concrete types make up each union and interface of the graph, so the
 * cache can match fragments on payload unions. Written by
 * scripts/possible-types.mjs from schema.graphql; a test checks it.
 */
`;
writeFileSync(
  new URL('../src/lib/possibleTypes.js', import.meta.url),
  `${header}export const POSSIBLE_TYPES = {\n${body}\n};\n`,
);
