/**
 * Client scripts cannot call `t()`: pages render each message once with `{name}` placeholders
 * (src/components/training/strings.ts) and scripts fill them in here.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
