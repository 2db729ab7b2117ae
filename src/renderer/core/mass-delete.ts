// Identifies a pending mass delete, so "Keep them" hides the dialog for this set only;
// a new or different set asks again.

export interface MassDeleteSet {
  count: number;
  paths: string[];
}

export function massDeleteKey(set: MassDeleteSet): string {
  const sample = set.paths.slice(0, 20).join("\u0000");
  return `${set.count}\u0001${set.paths.length}\u0001${sample}`;
}
