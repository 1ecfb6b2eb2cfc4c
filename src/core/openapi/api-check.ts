// One call for the adapters (CLI report, workspace scan): null for a file that is not an OpenAPI
// document, its validation otherwise. The portfolio's `apis` list is made of these.
import { isOpenApiText } from './detect';
import type { OpenApiResult } from './types';
import { validateOpenApi } from './validate';

export interface OpenApiFileCheck extends OpenApiResult {
  path: string;
}

export async function checkOpenApiFile(text: string, path: string): Promise<OpenApiFileCheck | null> {
  if (!isOpenApiText(text, path)) { return null; }
  return { path, ...await validateOpenApi(text, path) };
}
