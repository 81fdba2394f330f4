/**
 * The edge that brings in the rest of the add-on (./entries.ts) on first use. Apps Script
 * evaluates every script file of the project on every execution, custom-function calls included,
 * but not its HTML files; so the build puts that code in dist/AddOn.html and this reads it back as
 * text (HtmlTemplate.getRawContent: the file unprocessed, no scriptlets run) and evaluates it once
 * per execution. HtmlService needs no permission for that: custom functions may use it too.
 */
import type * as Entries from './entries';

export type AddOn = typeof Entries;

/** The HTML file the build writes (dist/AddOn.html), by its Apps Script name. */
export const ADD_ON_FILE = 'AddOn';
/** The name the bundle in that file assigns (esbuild's globalName). */
export const ADD_ON_GLOBAL = 'SocialStrategyAddOn';

let loaded: AddOn | undefined;

export function addOn(): AddOn {
  if (!loaded) {
    const source = HtmlService.createTemplateFromFile(ADD_ON_FILE).getRawContent();
    // Our own file, pushed with this script: the one place code is made from text, on purpose.
    loaded = new Function(`${source}\nreturn ${ADD_ON_GLOBAL};`)() as AddOn;
  }
  return loaded;
}
