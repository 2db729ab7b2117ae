// Turns an intent into the op the executor runs, filled in from the simulated state at
// its turn: current paths, the revision the op is based on, what a file must still be.
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { SimState } from "./apply.js";
import type { Intent } from "./intents.js";
import { fileContent } from "./model.js";
import type { PlannedOp } from "./ops.js";
import type { SideTree } from "./workspace.js";

export function emit(st: SimState, i: Intent): PlannedOp {
  const { local, remote } = st;
  const at = (side: SideTree, parentId: string, name: string): string => {
    const parent = side.pathOf(parentId);
    return parent === "" ? name : `${parent}/${name}`;
  };
  switch (i.kind) {
    case "rekey":
      return { type: "recordSynced", id: i.id, node: i.node, localId: i.localId };
    case "record":
      return { type: "recordSynced", id: i.id, node: i.node };
    case "forget":
      return { type: "forgetSynced", id: i.id };
    case "createLocalFolder":
      return {
        type: "createLocalFolder",
        id: i.id,
        parentId: i.parentId,
        name: i.name,
        localPath: at(local, i.parentId, i.name),
      };
    case "downloadNew":
      return {
        type: "download",
        id: i.id,
        parentId: i.parentId,
        name: i.name,
        localPath: at(local, i.parentId, i.name),
        content: i.content,
        rev: i.rev,
        replaces: null,
      };
    case "moveLocal":
      return {
        type: "moveLocal",
        id: i.id,
        parentId: i.parentId,
        name: i.name,
        fromPath: local.pathOf(i.id),
        toPath: at(local, i.parentId, i.name),
        ...(i.temporary ? { temporary: true } : {}),
      };
    case "fetch": {
      const l = need(local, i.id);
      if (i.placeholder)
        return {
          type: "updatePlaceholder",
          id: i.id,
          localPath: local.pathOf(i.id),
          content: i.content,
          rev: i.rev,
        };
      return {
        type: "download",
        id: i.id,
        parentId: l.parentId ?? TREE_ROOT_ID,
        name: l.name,
        localPath: local.pathOf(i.id),
        content: i.content,
        rev: i.rev,
        replaces: fileContent(l),
      };
    }
    case "conflictCopy":
      return {
        type: "conflictCopy",
        id: i.id,
        parentId: i.parentId,
        localPath: local.pathOf(i.id),
        conflictId: i.conflictId,
        conflictName: i.conflictName,
        conflictPath: at(local, i.parentId, i.conflictName),
        local: fileContent(need(local, i.id)),
        remote: i.remote,
        rev: i.rev,
      };
    case "deleteLocal": {
      const l = need(local, i.id);
      return {
        type: "deleteLocal",
        id: i.id,
        kind: l.kind,
        localPath: local.pathOf(i.id),
        expected: l.kind === "file" ? fileContent(l) : null,
      };
    }
    case "createRemoteFolder":
      return {
        type: "createRemoteFolder",
        id: i.id,
        parentId: i.parentId,
        name: i.name,
        remotePath: at(remote, i.parentId, i.name),
      };
    case "upload":
      return {
        type: "upload",
        id: i.id,
        parentId: i.parentId,
        name: i.name,
        localPath: local.pathOf(i.id),
        remotePath: at(remote, i.parentId, i.name),
        content: i.content,
        baseRev: i.isNew ? null : need(remote, i.id).rev,
      };
    case "moveRemote":
      return {
        type: "moveRemote",
        id: i.id,
        parentId: i.parentId,
        name: i.name,
        fromPath: remote.pathOf(i.id),
        toPath: at(remote, i.parentId, i.name),
        baseRev: need(remote, i.id).rev,
        ...(i.temporary ? { temporary: true } : {}),
      };
    case "deleteRemote": {
      const r = need(remote, i.id);
      return {
        type: "deleteRemote",
        id: i.id,
        kind: r.kind,
        remotePath: remote.pathOf(i.id),
        baseRev: r.rev,
      };
    }
  }
}

function need<N extends TreeNode>(side: SideTree<N>, id: string): N {
  const n = side.get(id);
  if (n === undefined) throw new Error(`planner: ${id} vanished`);
  return n;
}
