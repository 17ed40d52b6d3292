/**
 * A small JSON Schema check, enough for docs/run-file.schema.json: type,
 * const, enum, required, properties, additionalProperties: false, items,
 * minItems, minLength, minimum. Returns the first problem, or null.
 */
type Schema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer';
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
};

export function schemaProblem(schema: Schema, value: unknown, at = '$'): string | null {
  if ('const' in schema && value !== schema.const) return `${at} is not ${JSON.stringify(schema.const)}`;
  if (schema.enum && !schema.enum.includes(value)) return `${at} is not one of ${schema.enum.join(', ')}`;
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return `${at} is not an object`;
      const obj = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in obj)) return `${at}.${key} is missing`;
      for (const [key, v] of Object.entries(obj)) {
        const sub = schema.properties?.[key];
        if (!sub) {
          if (schema.additionalProperties === false) return `${at}.${key} is not allowed`;
          continue;
        }
        const problem = schemaProblem(sub, v, `${at}.${key}`);
        if (problem) return problem;
      }
      return null;
    }
    case 'array': {
      if (!Array.isArray(value)) return `${at} is not an array`;
      if (schema.minItems !== undefined && value.length < schema.minItems) return `${at} has too few items`;
      for (const [i, v] of value.entries()) {
        const problem = schema.items ? schemaProblem(schema.items, v, `${at}[${i}]`) : null;
        if (problem) return problem;
      }
      return null;
    }
    case 'string':
      if (typeof value !== 'string') return `${at} is not a string`;
      return schema.minLength !== undefined && value.length < schema.minLength ? `${at} is too short` : null;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value)))
        return `${at} is not ${schema.type === 'integer' ? 'an integer' : 'a number'}`;
      return schema.minimum !== undefined && value < schema.minimum
        ? `${at} is below ${schema.minimum}`
        : null;
    default:
      return null;
  }
}
