// Labelled form controls with help text and an error line wired for screen readers.
import { h, uid } from "./h.js";

export interface Field<T extends HTMLInputElement | HTMLTextAreaElement> {
  element: HTMLElement;
  input: T;
  setError(message: string | null): void;
}

interface FieldOptions {
  label: string;
  testid: string;
  help?: string;
  type?: string;
  value?: string;
  autocomplete?: string;
  required?: boolean;
  inputmode?: string;
  placeholder?: string;
  name?: string;
}

function wire<T extends HTMLInputElement | HTMLTextAreaElement>(
  input: T,
  options: FieldOptions,
  extra: HTMLElement[] = [],
): Field<T> {
  const id = input.id;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const help = options.help
    ? h("p", { class: "field-help", attrs: { id: helpId } }, options.help)
    : null;
  const error = h("p", { class: "field-error", attrs: { id: errorId, hidden: true } });
  const describe = () =>
    [options.help ? helpId : null, error.hidden ? null : errorId].filter(Boolean).join(" ") || null;
  const setDescribedBy = () => {
    const value = describe();
    if (value) input.setAttribute("aria-describedby", value);
    else input.removeAttribute("aria-describedby");
  };
  setDescribedBy();
  const element = h(
    "div",
    { class: "field" },
    h("label", { class: "field-label", attrs: { for: id } }, options.label),
    extra.length > 0 ? h("div", { class: "field-inline" }, input, ...extra) : input,
    help,
    error,
  );
  return {
    element,
    input,
    setError(message) {
      error.textContent = message ?? "";
      error.hidden = message === null;
      if (message === null) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
      setDescribedBy();
    },
  };
}

export function textField(
  options: FieldOptions,
  extra: HTMLElement[] = [],
): Field<HTMLInputElement> {
  const input = h("input", {
    class: "input",
    testid: options.testid,
    attrs: {
      id: uid("field"),
      type: options.type ?? "text",
      autocomplete: options.autocomplete ?? "off",
      required: options.required ?? false,
      inputmode: options.inputmode,
      placeholder: options.placeholder,
      name: options.name,
      spellcheck: "false",
    },
  });
  input.value = options.value ?? "";
  return wire(input, options, extra);
}

export function textArea(options: FieldOptions & { rows?: number }): Field<HTMLTextAreaElement> {
  const input = h("textarea", {
    class: "input textarea",
    testid: options.testid,
    attrs: {
      id: uid("field"),
      rows: options.rows ?? 6,
      spellcheck: "false",
      placeholder: options.placeholder,
    },
  });
  input.value = options.value ?? "";
  return wire(input, options);
}

export interface CheckField {
  element: HTMLElement;
  input: HTMLInputElement;
}

export function checkField(options: {
  label: string;
  testid: string;
  help?: string;
  checked?: boolean;
}): CheckField {
  const id = uid("check");
  const input = h("input", { testid: options.testid, attrs: { id, type: "checkbox" } });
  input.checked = options.checked ?? false;
  if (options.help) input.setAttribute("aria-describedby", `${id}-help`);
  const element = h(
    "div",
    { class: "check-field" },
    input,
    h(
      "div",
      {},
      h("label", { class: "check-label", attrs: { for: id } }, options.label),
      options.help
        ? h("p", { class: "field-help", attrs: { id: `${id}-help` } }, options.help)
        : null,
    ),
  );
  return { element, input };
}
