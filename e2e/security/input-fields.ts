import type { z } from "zod";

// Where an input schema takes text, found by walking the zod schema itself, so the fuzz reaches
// optional fields a valid example leaves out and fields added after it was written.

export type FieldPath = Array<string | number>;

export interface TextField {
  /** Object keys and array positions (0) from the input's root. */
  path: FieldPath;
  /** The schema at that key or array position, wrappers (optional, default, transforms) included. */
  field: z.core.$ZodType;
}

const isText = (type: string) => type === "string" || type === "enum";

/** Every string or enum field of `schema`, each once. */
export function textFieldsOf(schema: z.core.$ZodType): TextField[] {
  const found = new Map<string, TextField>();
  const walk = (node: z.core.$ZodType, path: FieldPath, field: z.core.$ZodType) => {
    const def = (node as z.core.$ZodTypes)._zod.def;
    if (isText(def.type)) found.set(JSON.stringify(path), { path, field });
    switch (def.type) {
      case "object":
        for (const [key, child] of Object.entries(def.shape)) walk(child, [...path, key], child);
        return;
      case "array":
        return walk(def.element, [...path, 0], def.element);
      case "record":
        // Keys are the caller's (intake answers by question id): one made-up key stands for all of them.
        return walk(def.valueType, [...path, "x"], def.valueType);
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "nonoptional":
      case "readonly":
      case "catch":
        return walk(def.innerType, path, field);
      case "pipe":
        walk(def.in, path, field);
        return walk(def.out, path, field);
      case "union":
        return def.options.forEach((option) => walk(option, path, field));
      case "intersection":
        walk(def.left, path, field);
        return walk(def.right, path, field);
      case "lazy":
        return walk(def.getter(), path, field);
    }
  };
  walk(schema, [], schema);
  return [...found.values()];
}

/** A copy of `input` with `value` at `path`, creating the objects and arrays on the way. */
export function withValueAt(input: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const list = Array.isArray(input) ? [...input] : [];
    list[head] = withValueAt(list[head], rest, value);
    return list;
  }
  const object = input && typeof input === "object" && !Array.isArray(input) ? { ...input } : {};
  return { ...object, [head!]: withValueAt((object as Record<string, unknown>)[head!], rest, value) };
}
