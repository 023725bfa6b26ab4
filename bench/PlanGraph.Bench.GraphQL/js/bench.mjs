// `node bench.mjs query` prints graphql-js's introspection query; `node bench.mjs run` reads
// {sdl, documents:[{name, query}]} and prints {name: operations per second} for parse + validate + execute.
import { buildSchema, execute, getIntrospectionQuery, parse, validate } from 'graphql';

if (process.argv[2] === 'query') {
  process.stdout.write(getIntrospectionQuery());
} else {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { sdl, documents } = JSON.parse(input);
  const schema = buildSchema(sdl);
  const node = { id: '1', name: 'node' };
  node.child = node;
  const rootValue = { hello: 'world', node };
  const run = async (query) => {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    const result = await execute({ schema, document, rootValue });
    if (result.errors) throw result.errors[0];
  };
  const results = {};
  for (const { name, query } of documents) {
    // Warm up for a second, as the .NET side does, so both JITs measure optimised code.
    const warm = performance.now();
    while (performance.now() - warm < 1000) await run(query);
    const start = performance.now();
    let count = 0;
    while (performance.now() - start < 2000) {
      await run(query);
      count++;
    }
    results[name] = count / ((performance.now() - start) / 1000);
  }
  console.log(JSON.stringify(results));
}
