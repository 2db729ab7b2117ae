// Operations before scheduling: what must happen, not yet in which order or at which
// path. The scheduler turns them into PlannedOps once their turn comes.
import type { TreeNode } from "../tree/types.js";
import type { FileContent } from "./ops.js";

interface Target {
  id: string;
  parentId: string;
  name: string;
}

export type Intent =
  /** The local item localId is the same thing as id: re-key it, record Synced. */
  | { kind: "rekey"; id: string; localId: string; node: TreeNode }
  | { kind: "record"; id: string; node: TreeNode }
  | { kind: "forget"; id: string }
  | ({ kind: "createLocalFolder" } & Target)
  | ({ kind: "downloadNew"; content: FileContent; rev: number } & Target)
  | ({ kind: "moveLocal"; temporary?: boolean } & Target)
  | { kind: "fetch"; id: string; content: FileContent; rev: number; placeholder: boolean }
  | ({ kind: "conflictCopy"; conflictId: string; conflictName: string } & Target & {
        remote: FileContent;
        rev: number;
      })
  /** `displaced`: the old local copy of a re-keyed id, deleted before the re-key. */
  | { kind: "deleteLocal"; id: string; displaced: boolean }
  | ({ kind: "createRemoteFolder" } & Target)
  | ({ kind: "upload"; content: FileContent; isNew: boolean } & Target)
  | ({ kind: "moveRemote"; temporary?: boolean } & Target)
  | { kind: "deleteRemote"; id: string };
