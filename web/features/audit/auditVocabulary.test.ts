import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionText, entityText, fieldText } from './auditText.js';

const SERVER = fileURLToPath(new URL('../../../server', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return sources(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The literal entity types, actions and change fields of every recordAudit call in the server. */
function recorded(): { entities: Set<string>; actions: Set<string>; fields: Set<string> } {
  const entities = new Set<string>();
  const actions = new Set<string>();
  const fields = new Set<string>();
  for (const path of sources(SERVER)) {
    for (const call of readFileSync(path, 'utf8').split('recordAudit(').slice(1)) {
      const body = call.slice(0, call.indexOf('});'));
      for (const [, entity] of body.matchAll(/entityType: '([a-z_]+)'/g)) {
        entities.add(entity ?? '');
      }
      for (const [, action] of body.matchAll(/action: '([a-z_]+)'/g)) {
        actions.add(action ?? '');
      }
      const changes = body.indexOf('changes:');
      // A field written out as `name: [before, after]`, alone or inside a conditional spread.
      for (const [, field] of changes < 0
        ? []
        : body.slice(changes).matchAll(/^\s*(?:\.\.\.\(?[^{\n]*\{\s*)?([a-zA-Z]+): \[/gm)) {
        fields.add(field ?? '');
      }
    }
  }
  return { entities, actions, fields };
}

describe('the audit trail has words for everything the server records', () => {
  const { entities, actions, fields } = recorded();

  it('finds the recordAudit calls it checks', () => {
    expect(entities.size).toBeGreaterThan(20);
    expect(actions.size).toBeGreaterThan(15);
    expect(fields).toContain('checkedOn');
  });

  it('names every field a call writes out in its changes, in Thai and English', () => {
    const unnamed = [...fields].filter(
      (field) => fieldText(field, 'th') === field || fieldText(field, 'en') === field,
    );
    expect(unnamed).toEqual([]);
  });

  it('names every recorded entity type and action in Thai and English', () => {
    const untranslated = [
      ...[...entities].filter(
        (entity) => entityText(entity, 'th') === entity || entityText(entity, 'en') === entity,
      ),
      ...[...actions].filter(
        (action) => actionText(action, 'th') === action || actionText(action, 'en') === action,
      ),
    ];
    expect(untranslated).toEqual([]);
  });
});
