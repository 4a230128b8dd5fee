/** HTTP plumbing shared by every route: request validation and response caching. */
export { validate, validQuery, validParams, queryOf, whole, id } from "./validate.ts";
export { caching } from "./cache.ts";
