// Route -> screen.
import type { Route } from "../core/routes.js";
import { conflictListScreen } from "../screens/conflicts/conflict-list-screen.js";
import { conflictScreen } from "../screens/conflicts/conflict-screen.js";
import { excludeScreen } from "../screens/exclude/exclude-screen.js";
import { filesScreen } from "../screens/files/files-screen.js";
import { firstRunScreen } from "../screens/first-run/first-run-screen.js";
import { notFoundScreen } from "../screens/not-found-screen.js";
import { popupScreen } from "../screens/popup/popup-screen.js";
import { settingsScreen } from "../screens/settings/settings-screen.js";
import type { AppContext, Screen } from "./context.js";

export function screenFor(ctx: AppContext, route: Route): Screen {
  switch (route.name) {
    case "popup":
      return popupScreen(ctx);
    case "conflicts":
      return conflictListScreen(ctx);
    case "conflict":
      return conflictScreen(ctx, route);
    case "files":
      return filesScreen(ctx, route);
    case "exclude":
      return excludeScreen(ctx);
    case "settings":
      return settingsScreen(ctx);
    case "first-run":
      return firstRunScreen(ctx);
    case "not-found":
      return notFoundScreen();
  }
}
