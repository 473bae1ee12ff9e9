// Types for `handlebars/runtime.js` (Handlebars' runtime alone: `create`, `template`, `SafeString`,
// `escapeExpression`, the built-in helpers; no parser or compiler), whose own declaration file
// declares nothing: the full package's types, of which the runtime is the part without `compile`,
// `precompile` and `parse` (./compiler.ts loads those).
declare module 'handlebars/runtime.js' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
