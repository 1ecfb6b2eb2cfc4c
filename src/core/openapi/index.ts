// OpenAPI (Swagger 2.0 / OpenAPI 3.0 / 3.1) documents: recognise them and validate them offline.
export { isOpenApiText } from './detect';
export { mayBeApiDocument, MAX_API_BYTES } from './hint';
export { validateOpenApi } from './validate';
export { checkOpenApiFile, type OpenApiFileCheck } from './api-check';
export type { OpenApiError, OpenApiResult } from './types';
