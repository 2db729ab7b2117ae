// The renderer: the tray popup and the app's windows, in plain TypeScript and DOM.
// It talks to ClientApi and nothing else (Electron preload or the headless HTTP
// transport); each window opens at a route in the hash (#/popup, #/settings, ...).
import { startApp } from "./app/app.js";
import { pickApi } from "./transport/pick-api.js";

const root = document.getElementById("app");
if (root) startApp(root, pickApi());
