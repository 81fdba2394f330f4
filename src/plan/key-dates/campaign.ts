/**
 * A key date as a campaign (source `004`: before, during and after each moment): during is the
 * key date itself, before its 14 days, after 7 days, except where a key date is followed by its
 * own feast: Ramadan's "after" is Eid al-Fitr. Types only from ./index, so the sidebar can
 * bundle this without the tables.
 */
import { addDays, daysBetween } from '../dates';
import { DAYS_AFTER, DAYS_BEFORE } from '../generators/phases';
import type { KeyDate } from './index';
import type { KeyDateNames } from './names';

/** A moment whose "after" phase is the feast that follows it. */
const FOLLOWED_BY: Partial<Record<KeyDateNames, KeyDateNames>> = { ramadan: 'eidAlFitr' };

export interface KeyDateCampaign {
  name: string;
  start: string;
  end: string;
  beforeDays: number;
  afterDays: number;
  keyDate: string;
}

/** `all` is the list the date came from: it holds the feast after it, if any. */
export function campaignOfKeyDate(date: KeyDate, all: readonly KeyDate[]): KeyDateCampaign {
  const feastKey = FOLLOWED_BY[date.key];
  const feast = feastKey ? all.find((k) => k.key === feastKey && k.start === addDays(date.end, 1)) : undefined;
  return {
    name: date.name,
    start: date.start,
    end: date.end,
    beforeDays: DAYS_BEFORE,
    afterDays: feast ? daysBetween(feast.start, feast.end) + 1 : DAYS_AFTER,
    keyDate: date.id,
  };
}
