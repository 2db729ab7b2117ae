// Version history and trash for users, by path.
export {
  entryIdAt,
  restoreFromServerTrash,
  restoreVersion,
  serverTrash,
  versionsOf,
} from "./history.js";
