/**
 * Joins a language-neutral structure entry with its text in one locale.
 *
 * Lists of objects that carry an `id` on both sides (indicators, checklist items, quiz options…)
 * are joined item by item, in the structure's order. A text that lacks an ID the structure has, or
 * has one the structure lacks, is an error: a translation is either complete or absent.
 */

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdList(value: unknown): value is Array<Plain & { id: string }> {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => isPlain(item) && typeof item.id === 'string')
  );
}

export function mergeById(structure: Plain, text: Plain, path: string, errors: string[]): Plain {
  const merged: Plain = { ...structure };
  for (const [key, textValue] of Object.entries(text)) {
    const structureValue = structure[key];
    if (isIdList(structureValue) && Array.isArray(textValue)) {
      merged[key] = mergeLists(structureValue, textValue, `${path}.${key}`, errors);
    } else if (isPlain(structureValue) && isPlain(textValue)) {
      merged[key] = mergeById(structureValue, textValue, `${path}.${key}`, errors);
    } else {
      merged[key] = textValue;
    }
  }
  return merged;
}

function mergeLists(
  structureList: Array<Plain & { id: string }>,
  textList: unknown[],
  path: string,
  errors: string[],
): Plain[] {
  const textById = new Map<string, Plain>();
  for (const item of textList) {
    if (isPlain(item) && typeof item.id === 'string') textById.set(item.id, item);
  }
  const structureIds = new Set(structureList.map((item) => item.id));
  for (const id of textById.keys()) {
    if (!structureIds.has(id)) errors.push(`${path}: "${id}" is in the text but not in the structure`);
  }
  return structureList.map((item) => {
    const textItem = textById.get(item.id);
    if (!textItem) {
      errors.push(`${path}: "${item.id}" has no text`);
      return item;
    }
    return mergeById(item, textItem, `${path}[${item.id}]`, errors);
  });
}
