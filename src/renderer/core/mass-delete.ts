// Identifies a pending mass delete, so "Keep them" hides the dialog for this set only;
// a new or different set asks again.

export interface MassDeleteSet {
  count: number;
  paths: string[];
  where: "here" | "elsewhere" | "both";
}

/** Says where the files went and what confirming does, for the dialog and the banner. */
export function massDeleteWording(set: MassDeleteSet): { body: string; banner: string } {
  const n = `${set.count.toLocaleString("en-US")} ${set.count === 1 ? "file" : "files"}`;
  switch (set.where) {
    case "here":
      return {
        body: `${n} were deleted on this computer. If you continue, they are deleted on the server and on your other devices too (they stay in the server's trash for a while).`,
        banner: `${n} were deleted here. Cirrus is waiting for you before deleting them everywhere.`,
      };
    case "elsewhere":
      return {
        body: `${n} were deleted on another device or on the server. If you continue, they are deleted on this computer too (Cirrus keeps a copy in its trash).`,
        banner: `${n} were deleted elsewhere. Cirrus is waiting for you before deleting them here.`,
      };
    case "both":
      return {
        body: `${n} were deleted, some on this computer and some elsewhere. If you continue, they are deleted everywhere (they stay in a trash for a while).`,
        banner: `${n} were deleted. Cirrus is waiting for you before deleting them everywhere.`,
      };
  }
}

export function massDeleteKey(set: MassDeleteSet): string {
  const sample = set.paths.slice(0, 20).join("\u0000");
  return `${set.count}\u0001${set.paths.length}\u0001${sample}`;
}
