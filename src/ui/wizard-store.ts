/**
 * loadWizard / saveWizard: the wizard's draft in document properties, cut into pieces under the
 * 9 KB a value may hold (the plan store's format helpers), so reopening the sidebar resumes it.
 * One read to load; one read and one write to save (plus a delete per piece a shorter draft
 * leaves over).
 */
import { addOnMessages } from '../i18n/messages';
import { fill } from '../i18n/format';
import { cutIntoPieces, joinPieces, readHeader, SAVED_PLAN_VERSION } from '../plan/saved-plan';
import { loadSavedPlan } from '../sheets/plan-store';
import { checkDraft, isOutrun, type WizardDraft, type WizardLoad } from './wizard-draft';
import { userLang } from './user-lang';

export const DRAFT_KEY = 'socialStrategy.wizard';
const pieceKey = (i: number) => `${DRAFT_KEY}.${i}`;
const PIECE_KEY = /^socialStrategy\.wizard\.(\d+)$/;

export function loadWizard(properties = PropertiesService.getDocumentProperties()): WizardLoad {
  const lang = userLang();
  const all = properties.getProperties();
  const header = readHeader(all[DRAFT_KEY]);
  if (header) {
    const stored = joinPieces(Array.from({ length: header.pieces }, (_, i) => all[pieceKey(i)]));
    const checked = checkDraft(stored);
    if (checked.ok) return { lang, draft: checked.draft, savedPlan: null };
  }
  // No draft (or an unreadable one): start from the last generated plan, if any.
  return { lang, draft: null, savedPlan: loadSavedPlan(properties) };
}

export function saveWizard(input: unknown, properties = PropertiesService.getDocumentProperties()): { saved: true } {
  const checked = checkDraft(input);
  if (!checked.ok) {
    const m = addOnMessages[userLang()];
    if (checked.reason === 'key') throw new Error(fill(m.draftKey, { key: checked.key }));
    throw new Error(checked.reason === 'size' ? m.draftTooBig : m.draftUnreadable);
  }
  const all = properties.getProperties();
  const { session, revision } = checked.draft;
  // A later draft of the same sidebar got here first (calls are not ordered): keep it.
  if (isOutrun(checked.draft, keptOrder(all[DRAFT_KEY]))) return { saved: true };
  const pieces = cutIntoPieces(checked.json);
  const stale = Object.keys(all).filter((key) => {
    const m = PIECE_KEY.exec(key);
    return m !== null && Number(m[1]) >= pieces.length;
  });
  const values: Record<string, string> = { [DRAFT_KEY]: JSON.stringify({ version: SAVED_PLAN_VERSION, pieces: pieces.length, session, revision }) };
  pieces.forEach((piece, i) => (values[pieceKey(i)] = piece));
  properties.setProperties(values);
  for (const key of stale) properties.deleteProperty(key);
  return { saved: true };
}

/** The sidebar and revision of the kept draft, from its header. */
function keptOrder(header: string | undefined): { session?: unknown; revision?: unknown } | null {
  try {
    return header ? (JSON.parse(header) as { session?: unknown; revision?: unknown }) : null;
  } catch {
    return null;
  }
}

export type { WizardDraft, WizardLoad };
