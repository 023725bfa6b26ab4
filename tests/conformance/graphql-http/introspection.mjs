// Introspection equality oracle. `node introspection.mjs query` prints graphql-js's introspection query;
// `node introspection.mjs compare` reads {sdl, result} on stdin and prints
// {expected: printSchema(buildSchema(sdl)), actual: printSchema(buildClientSchema(result.data))}.
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

if (process.argv[2] === 'query') {
  process.stdout.write(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
} else {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { sdl, result } = JSON.parse(input);
  const expected = printSchema(buildSchema(sdl));
  const actual = printSchema(buildClientSchema(result.data));
  console.log(JSON.stringify({ expected, actual }));
}
