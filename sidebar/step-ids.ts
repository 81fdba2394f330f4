/** The wizard's steps by name, in order: checks, prefills and messages find a step by its name, not a bare number. */
export const STEP = {
  start: 0,
  situation: 1,
  goals: 2,
  accounts: 3,
  content: 4,
  budget: 5,
  measure: 6,
  generate: 7,
} as const;

export const STEP_COUNT = 8;
