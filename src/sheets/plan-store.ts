/**
 * Keeps the last generated plan with the document (document properties), so the wizard reopens
 * with it and the reminders read it. The format (pieces under 9 KB, versioned header) is in
 * src/plan/saved-plan.ts; this file only moves strings, in as few service calls as it can.
 */
import { joinPieces, readHeader, serializePlan } from '../plan/saved-plan';
import { validatePlan, type Plan } from '../plan/schema';

export const PLAN_KEY = 'socialStrategy.plan';
const pieceKey = (i: number) => `${PLAN_KEY}.${i}`;
const PIECE_KEY = /^socialStrategy\.plan\.(\d+)$/;

/**
 * Writes the plan (one read, one write, and one delete per piece left over from a longer plan) and
 * returns how to put back the plan saved before (used when the tabs of this run cannot be shown).
 */
export function savePlan(plan: Plan, properties = PropertiesService.getDocumentProperties()): () => void {
  const { header, pieces } = serializePlan(plan);
  const before: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties.getProperties())) if (key === PLAN_KEY || PIECE_KEY.test(key)) before[key] = value;
  const values: Record<string, string> = { [PLAN_KEY]: JSON.stringify(header) };
  pieces.forEach((piece, i) => (values[pieceKey(i)] = piece));
  properties.setProperties(values);
  for (const key of Object.keys(before)) {
    if (key in values) continue;
    try {
      properties.deleteProperty(key);
    } catch {
      // A piece past the new header's count is never read, and the next save removes it.
    }
  }
  return () => {
    // Header first: without it no piece is read, so a half-done undo still reads as no plan or the old one.
    if (!(PLAN_KEY in before)) properties.deleteProperty(PLAN_KEY);
    if (Object.keys(before).length > 0) properties.setProperties(before);
    for (const key of Object.keys(values)) if (key !== PLAN_KEY && !(key in before)) properties.deleteProperty(key);
  };
}

/**
 * The saved plan, checked again (a plan saved by an older version gets today's defaults), or null
 * when none was saved or what is saved no longer reads as a plan.
 */
export function loadSavedPlan(properties = PropertiesService.getDocumentProperties()): Plan | null {
  const all = properties.getProperties();
  const header = readHeader(all[PLAN_KEY]);
  if (!header) return null;
  const stored = joinPieces(Array.from({ length: header.pieces }, (_, i) => all[pieceKey(i)]));
  if (stored === null) return null;
  const checked = validatePlan(stored, 'en'); // a saved plan always names its language
  return checked.ok ? checked.plan : null;
}
