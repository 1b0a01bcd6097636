import isEmailModule from 'validator/lib/isEmail.js';
import isURLModule from 'validator/lib/isURL.js';

// validator.js is CommonJS: Node's ESM loader hands over `module.exports` (the function, which
// also carries `.default`), a bundler or the web's Jest the `default` export. Both reach the
// function; the type follows whichever the compiler sees.
type Callable<M> = M extends { default: infer F } ? F : M;
function callable<M>(module: M): Callable<M> {
  return ((module as { default?: unknown }).default ?? module) as Callable<M>;
}

/** validator.js's email rule, as class-validator's `@IsEmail()` applies it. */
export const isEmail = callable(isEmailModule);
/** validator.js's URL rule, as class-validator's `@IsUrl()` applies it. */
export const isURL = callable(isURLModule);
