// Builds DOM elements from code. Text is always set as text (file names are hostile
// input), attributes go through setAttribute, and inline `style`/`on*` attributes are
// refused: the page runs under a CSP without 'unsafe-inline'.

export type Child = Node | string | number | null | undefined | false;

type Listeners = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

export interface Props {
  class?: string;
  testid?: string;
  /** Attributes; `true` sets an empty attribute, false/undefined/null leave it out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Listeners;
}

export function setAttrs(
  element: Element,
  attrs: Record<string, string | number | boolean | null | undefined>,
): void {
  for (const [name, value] of Object.entries(attrs)) {
    const lower = name.toLowerCase();
    if (lower === "style" || lower.startsWith("on")) {
      throw new Error(`refusing to set the ${name} attribute (CSP)`);
    }
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.testid) element.dataset["testid"] = props.testid;
  if (props.attrs) setAttrs(element, props.attrs);
  if (props.on) {
    for (const [type, listener] of Object.entries(props.on)) {
      element.addEventListener(type, listener as EventListener);
    }
  }
  append(element, children);
  return element;
}

/** Replace all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let nextId = 0;
/** A page-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  nextId++;
  return `${prefix}-${nextId}`;
}
