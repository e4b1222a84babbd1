/** Every string of a JSON value, with where it sits (`nl.plan.steps[0].title`), for text checks over content and locales. */
export function strings(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${where}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => strings(child, `${where}.${key}`));
  return [];
}
