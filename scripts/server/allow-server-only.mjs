// The worker runs lib/ code outside Next.js, where the 'server-only' marker package throws (it is
// empty only under React's "react-server" condition, which would also swap React for the server
// build that @react-pdf cannot render with). The worker is server code, so the marker resolves
// to an empty module here. Used as: node --import ./scripts/server/allow-server-only.mjs …
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
