// First run: sign in to a Cirrus server, or keep files on this computer with the
// embedded endpoint. Shown whenever there is no account.
import type { AppContext, Screen } from "../../app/context.js";
import { describeError, signInErrorText } from "../../core/error-text.js";
import { checkSignIn, type SignInField } from "../../core/sign-in-check.js";
import { runAction } from "../../dom/action.js";
import { textField, type Field } from "../../dom/fields.js";
import { h, uid } from "../../dom/h.js";
import { icon } from "../../dom/icons.js";
import { announce } from "../../dom/live.js";
import { nativeHost } from "../../host.js";

function folderField(testid: string, value: string): Field<HTMLInputElement> {
  const picker = nativeHost()?.pickFolder;
  const choose = picker
    ? h(
        "button",
        { class: "button", testid: `${testid}-choose`, attrs: { type: "button" } },
        "Choose…",
      )
    : null;
  const field = textField(
    {
      label: "Folder to sync",
      testid,
      value,
      help: "A folder on this computer, for example ~/Cirrus.",
      required: true,
    },
    choose ? [choose] : [],
  );
  if (choose && picker) {
    choose.addEventListener("click", () => {
      void picker().then((picked) => {
        if (picked) field.input.value = picked;
      });
    });
  }
  return field;
}

function formError(testid: string): HTMLElement {
  return h("p", { class: "form-error", testid, attrs: { role: "alert", hidden: true } });
}

export function firstRunScreen(ctx: AppContext): Screen {
  const initialFolder = ctx.store.status?.settings.folder ?? "";
  const fields: Record<SignInField, Field<HTMLInputElement>> = {
    server: textField({
      label: "Server address",
      testid: "first-run-server",
      type: "url",
      autocomplete: "url",
      placeholder: "https://cirrus.example.com",
      required: true,
    }),
    user: textField({
      label: "User name",
      testid: "first-run-user",
      autocomplete: "username",
      required: true,
    }),
    password: textField({
      label: "Password",
      testid: "first-run-password",
      type: "password",
      autocomplete: "current-password",
      required: true,
    }),
    totp: textField({
      label: "One-time code (if you use an authenticator app)",
      testid: "first-run-totp",
      autocomplete: "one-time-code",
      inputmode: "numeric",
    }),
    deviceName: textField({
      label: "Name for this computer",
      testid: "first-run-device",
      placeholder: "Work laptop",
      help: "How this computer appears in your list of devices.",
    }),
    folder: folderField("first-run-folder", initialFolder),
  };
  const signInError = formError("first-run-error");
  const signInButton = h(
    "button",
    { class: "button primary", testid: "first-run-sign-in", attrs: { type: "submit" } },
    "Sign in and start syncing",
  );
  const signInForm = h(
    "form",
    { testid: "first-run-sign-in-form", attrs: { novalidate: true } },
    ...Object.values(fields).map((f) => f.element),
    signInError,
    h("div", { class: "actions-row" }, signInButton),
  );

  const showError = (box: HTMLElement, text: string) => {
    box.textContent = text;
    box.hidden = false;
  };

  signInForm.addEventListener("submit", (event) => {
    event.preventDefault();
    for (const field of Object.values(fields)) field.setError(null);
    signInError.hidden = true;
    const check = checkSignIn(
      {
        server: fields.server.input.value,
        user: fields.user.input.value,
        password: fields.password.input.value,
        totp: fields.totp.input.value,
        deviceName: fields.deviceName.input.value,
        folder: fields.folder.input.value,
      },
      (ctx.store.status?.settings.folder ?? null) === null,
    );
    if (!check.ok) {
      fields[check.field].setError(check.message);
      fields[check.field].input.focus();
      announce(check.message);
      return;
    }
    void runAction(
      signInButton,
      async () => {
        await ctx.api.signIn(check.request);
        if (check.folder !== "" && check.folder !== ctx.store.status?.settings.folder) {
          await ctx.api.updateSettings({ folder: check.folder });
        }
        await ctx.store.refresh();
      },
      {
        done: "Signed in. Cirrus is syncing.",
        onError: (_text, error) => {
          const message = signInErrorText(error);
          if (describeError(error).code === "totp_required") {
            fields.totp.setError(message);
            fields.totp.input.focus();
          } else {
            showError(signInError, message);
          }
        },
      },
    );
  });

  const localFolder = folderField("first-run-local-folder", initialFolder);
  const localError = formError("first-run-local-error");
  const localButton = h(
    "button",
    { class: "button primary", testid: "first-run-use-local", attrs: { type: "submit" } },
    "Keep files on this computer",
  );
  const localForm = h(
    "form",
    { testid: "first-run-local-form", attrs: { novalidate: true } },
    localFolder.element,
    localError,
    h("div", { class: "actions-row" }, localButton),
  );
  localForm.addEventListener("submit", (event) => {
    event.preventDefault();
    localFolder.setError(null);
    localError.hidden = true;
    const folder = localFolder.input.value.trim();
    if (folder === "") {
      localFolder.setError("Choose the folder to keep.");
      localFolder.input.focus();
      return;
    }
    void runAction(
      localButton,
      async () => {
        await ctx.api.useEmbeddedServer({ folder });
        await ctx.store.refresh();
      },
      {
        done: "Cirrus is ready.",
        onError: (text) => {
          showError(localError, text);
        },
      },
    );
  });

  const signInId = uid("first-run-sign-in");
  const localId = uid("first-run-local");
  const element = h(
    "div",
    { class: "screen first-run-screen", testid: "screen-first-run" },
    h(
      "div",
      { class: "hero" },
      icon("cloud", "icon hero-icon"),
      h("h1", { class: "page-title", attrs: { tabindex: -1 } }, "Welcome to Cirrus"),
      h(
        "p",
        { class: "lead" },
        "Keep a folder in sync across your computers. Choose how to start.",
      ),
    ),
    h(
      "div",
      { class: "first-run-options" },
      h(
        "section",
        { class: "card", attrs: { "aria-labelledby": signInId } },
        h("h2", { attrs: { id: signInId } }, "Sign in to a Cirrus server"),
        signInForm,
      ),
      h(
        "section",
        { class: "card", attrs: { "aria-labelledby": localId } },
        h("h2", { attrs: { id: localId } }, "Keep files on this computer"),
        h(
          "p",
          { class: "section-help" },
          "No server needed: Cirrus keeps its own store on this computer, with version history and a trash. You can add a server later.",
        ),
        localForm,
      ),
    ),
  );

  return { element, title: "Welcome", dispose: () => undefined };
}
