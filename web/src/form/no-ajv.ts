// Stand-in for @rjsf/validator-ajv8, which @rjsf/core's test helper (getTestRegistry) imports but
// the app never uses: AJV compiles schemas with new Function, which the app's CSP forbids. The
// app's validator is form/validator.ts. Resolved by scripts/build-web.mjs.
export default {};
export const customizeValidator = (): never => {
  throw new Error('AJV is not part of the Harbor web app');
};
