import "server-only";
import { zxcvbnAsync, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

let configured = false;
function configure() {
  if (configured) return;
  zxcvbnOptions.setOptions({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  configured = true;
}

/**
 * Rejects passwords an attacker would try early: common and leaked-style
 * passwords, keyboard walks, names plus digits, the user's own details.
 * Length limits (8..128) are checked by the zod schema. Returns a message or
 * null when the password is acceptable.
 */
export async function passwordWeakness(password: string, userInputs: string[] = []): Promise<string | null> {
  configure();
  const result = await zxcvbnAsync(password, userInputs.filter(Boolean));
  if (result.score >= 3) return null;
  const hint = result.feedback.warning || result.feedback.suggestions[0];
  return `This password is too easy to guess${hint ? `: ${hint.replace(/\.$/, "")}` : ""}. Try a longer passphrase.`;
}
