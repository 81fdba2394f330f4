// Post times in a Tehran spreadsheet. A time-only cell is an instant on 1899-12-30, when Tehran
// kept local mean time (+3:25:44): should the platform turn it into a Date with another offset,
// a 09:30 post would be reminded at 09:34. The reminders read the times as the sheet shows them,
// so they stay right either way. Built bundle, emulator, plan at 09:30 and 18:45 local.
import { describe, expect, it } from 'vitest';
import { digests, enable, setupPlan } from './support';

function tehran() {
  const s = setupPlan({
    timeZone: 'Asia/Tehran',
    edit: (plan) => {
      for (const n of plan.contentPlan.networks) n.times = ['09:30', '18:45'];
    },
  });
  enable(s, { hour: 8 });
  return s;
}

/** The times the digests name for posts ("Today 09:30, Instagram"). */
function remindedTimes(lines: string[]): string[] {
  return [...new Set(lines.flatMap((l) => /^(?:Today|Tomorrow) (\d\d:\d\d),/.exec(l)?.slice(1) ?? []))].sort();
}

describe('post times in Asia/Tehran', () => {
  it.each([false, true])('are reminded as planned (time cells read with today’s offset: %s)', (drift) => {
    const s = tehran();
    s.addOn.emulator.faults.setTimeCellsReadWithTodayOffset(drift);
    const start = s.plan.contentPlan.startDate;
    s.addOn.runTriggers(`${start}T00:00:00Z`);
    s.addOn.runTriggers(new Date(Date.parse(`${start}T00:00:00Z`) + 10 * 86_400_000).toISOString());
    const lines = digests(s).flatMap((d) => d.lines);
    expect(lines.length).toBeGreaterThan(0);
    expect(remindedTimes(lines)).toEqual(['09:30', '18:45']);
  });
});
