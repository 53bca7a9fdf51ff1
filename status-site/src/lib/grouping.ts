import type { SnapshotComponent } from './snapshot-types.ts';

export interface ComponentGroup {
  /** Null for components without a group. */
  name: string | null;
  components: SnapshotComponent[];
}

const byPosition = (a: SnapshotComponent, b: SnapshotComponent) =>
  a.position - b.position || a.name.localeCompare(b.name);

/**
 * Components by group: ungrouped ones first, then each group where its first component stands,
 * each list in `position` order. Sorting here too keeps the page stable whatever order arrives.
 */
export function groupComponents(components: readonly SnapshotComponent[]): ComponentGroup[] {
  const groups = new Map<string | null, SnapshotComponent[]>();
  for (const component of [...components].sort(byPosition)) {
    const list = groups.get(component.group) ?? [];
    list.push(component);
    groups.set(component.group, list);
  }
  const ungrouped = groups.get(null);
  groups.delete(null);
  return [
    ...(ungrouped ? [{ name: null, components: ungrouped }] : []),
    ...[...groups].map(([name, list]) => ({ name, components: list })),
  ];
}
