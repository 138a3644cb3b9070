/**
 * antd/es and @rc-component ship ESM that vite loads as such, but their package.json lacks
 * "type": "module", so NodeNext types a default import as the whole module object. This unwraps
 * either shape, keeping tsc (NodeNext) and the browser build in agreement.
 */
export function esmDefault<T>(mod: { default: T }): T {
  const maybeWrapped = mod as unknown as { default?: T };
  return maybeWrapped.default ?? (mod as unknown as T);
}
