import { z } from 'zod';
import { Settings } from './schema';

/** A node of Chrome's managed-storage schema dialect (a subset of JSON Schema draft 3). */
export interface ManagedSchemaNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, ManagedSchemaNode>;
  items?: ManagedSchemaNode;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
};

function convert(node: JsonSchema, description?: string): ManagedSchemaNode {
  const desc = node.description ?? description;
  const withDesc = <T extends ManagedSchemaNode>(n: T): T => (desc ? { ...n, description: desc } : n);
  const alternatives = node.anyOf ?? node.oneOf ?? node.allOf;
  if (alternatives?.length) {
    // Chrome's dialect has no unions: '' | email and similar unions are all strings to it.
    const typed = alternatives.find((a) => a.type && a.const === undefined) ?? alternatives[0]!;
    return convert(typed, desc);
  }
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'object':
      return withDesc({
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, convert(v)])),
      });
    case 'array': {
      // Chrome cannot describe tuples, so a pair of times becomes a list of strings.
      const item = node.prefixItems?.[0] ?? (Array.isArray(node.items) ? node.items[0] : node.items);
      return withDesc({ type: 'array', items: item ? convert(item) : { type: 'string' } });
    }
    case 'integer':
    case 'number': {
      const n: ManagedSchemaNode = { type: type };
      if (node.minimum !== undefined) n.minimum = node.minimum;
      if (node.maximum !== undefined) n.maximum = node.maximum;
      return withDesc(n);
    }
    case 'boolean':
      return withDesc({ type: 'boolean' });
    case 'string':
    default: {
      const values = node.enum?.filter((v): v is string => typeof v === 'string');
      return withDesc(values?.length ? { type: 'string', enum: values } : { type: 'string' });
    }
  }
}

/**
 * Chrome's `storage.managed_schema` for the settings schema. Generated, never hand-edited:
 * `npm run gen:managed-schema` writes it to public/managed_schema.json and a test fails if the two differ.
 */
export function buildManagedSchema(): ManagedSchemaNode {
  const json = z.toJSONSchema(Settings, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return convert(json);
}
