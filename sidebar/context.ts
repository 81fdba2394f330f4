/** What every step's view gets from the wizard: the answers and the few actions a view may take. */
import type { Answers } from './answers';
import type { GeneratedTab } from './contract';
import type { KeyDate } from '../src/plan/key-dates';

export interface StepContext {
  a: Answers;
  remindersOn: boolean;
  /**
   * Call after changing answers: clears the message of `field` (the path edited), saves soon,
   * and re-draws the step when the change alters what is shown (a row added, a choice that
   * reveals fields). `focus` is the element id to focus after the re-draw.
   */
  changed(field: string | null, opts?: { redraw?: boolean; focus?: string }): void;
  setRemindersOn(on: boolean): void;
  goTo(step: number, focusField?: string): void;
  // The Generate step's own state and actions.
  generating: boolean;
  result: { tabs: GeneratedTab[]; reminders: string | null } | null;
  problems: { field: string; message: string }[];
  generate(): void;
  openTab(tab: GeneratedTab): void;
  /** The market's key dates in the plan's period (null while they load or when the period is not set). */
  keyDates: KeyDate[] | null;
  // The Start step's example.
  confirmingExample: boolean;
  tryExample(confirmed: boolean): void;
  cancelExample(): void;
}
