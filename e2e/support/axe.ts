// axe-core in the page: inject it (the page's CSP forbids injected scripts, so specs
// that use this set `bypassCSP: true`), run it, and keep what it found in a readable form.
import type { Page } from "@playwright/test";
import type { AxeResults, ImpactValue } from "axe-core";
import { createRequire } from "node:module";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// The page's `window` as the in-page callbacks below see it (this file compiles without
// the DOM lib; the declaration is for this module only).
declare const window: { axe?: { run(): Promise<AxeResults> } };

export interface Finding {
  screen: string;
  scheme: "light" | "dark";
  rule: string;
  impact: ImpactValue | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Violations that fail the suite. */
export const BLOCKING: readonly (ImpactValue | null)[] = ["serious", "critical"];

export interface AxeRun {
  findings: Finding[];
  /** Rules that ran and passed: proof the scan looked at something. */
  passed: number;
}

export async function runAxe(
  page: Page,
  screen: string,
  scheme: "light" | "dark",
): Promise<AxeRun> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  const loaded = await page.evaluate(() => window.axe !== undefined);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    if (!window.axe) throw new Error("axe-core did not load");
    const all = await window.axe.run();
    const violations = all.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(" "),
        summary: n.failureSummary ?? "",
      })),
    }));
    return { violations, passed: all.passes.length };
  });
  return {
    passed: results.passed,
    findings: results.violations.map((v) => ({
      screen,
      scheme,
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes,
    })),
  };
}

export function describeFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const nodes = f.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target}\n        ${n.summary.replace(/\n/g, "\n        ")}`)
        .join("\n");
      const more = f.nodes.length > 5 ? `\n      …and ${f.nodes.length - 5} more` : "";
      return `  [${f.impact ?? "?"}] ${f.screen} (${f.scheme}): ${f.rule} — ${f.help}\n${nodes}${more}`;
    })
    .join("\n");
}
