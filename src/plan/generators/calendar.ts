/**
 * The content calendar tab: one row per planned post over the whole plan (date, day, time,
 * network, pillar, format, campaign and phase, copy to write, link and its tracked version, owner,
 * status), and beside it the year at a glance: per month, the campaigns running and the number
 * of posts per network, counted by formulas so they follow the user's edits.
 */
import { daysFromIso } from '../../calendars/days';
import { localMonthsOf } from '../../calendars/local-date';
import type { SheetSpec } from '../../sheets/spec';
import { addMonths } from '../dates';
import { contentPillars } from '../mix';
import { localCalendarOf, type LocalCalendar } from '../markets';
import { planEndDate, type Plan } from '../schema';
import { wholeColumn } from './a1';
import { ownerOf, tabContext, type TabContext } from './context';
import { COUNT, MONTH, TIME } from './formats';
import { ALWAYS_ON_TAG, campaignPhases, campaignTag } from './phases';
import { pillarSequence } from './pillars';
import { scheduledPosts } from './schedule';
import { TabBuilder } from './tab';
import { Table, type Column, type Row } from './table';

const HEADING_ROW = 1;
const HEADER_ROW = 2;

export type PostColumn =
  | 'date' | 'localDate' | 'weekday' | 'time' | 'network' | 'pillar' | 'format' | 'campaign' | 'phase' | 'copy' | 'hashtags'
  | 'link' | 'source' | 'campaignTag' | 'trackedLink' | 'owner' | 'status';

function postColumns(c: TabContext, pillarNames: string[], local: LocalCalendar | null): Column<PostColumn>[] {
  const h = c.t.columns;
  const list = (values: string[]) => ({ kind: 'list' as const, values });
  return [
    { key: 'date', header: h.date, width: 100, format: c.date, validation: { kind: 'date' } },
    // Iran, Saudi Arabia, Israel: the date as people there read it, one LOCAL_DATE spilling down.
    ...(local ? [{ key: 'localDate' as const, header: c.t.localCalendar[local], width: 140, computed: true }] : []),
    { key: 'weekday', header: h.weekday, width: 90 },
    { key: 'time', header: h.time, width: 60, format: TIME },
    { key: 'network', header: h.network, width: 120, validation: list(c.networkChoices) },
    { key: 'pillar', header: h.pillar, width: 220, validation: list(pillarNames) },
    { key: 'format', header: h.format, width: 150, validation: list(Object.values(c.labels.formats)) },
    { key: 'campaign', header: h.campaign, width: 170 },
    { key: 'phase', header: h.phase, width: 100, validation: list(Object.values(c.t.phases)) },
    // The columns a marketer fills most: wide, and wrapped so a whole caption or link shows.
    { key: 'copy', header: h.copy, width: 320, wrap: true },
    { key: 'hashtags', header: h.hashtags, width: 200, wrap: true },
    { key: 'link', header: h.link, width: 260, wrap: true },
    { key: 'source', header: h.source, width: 120 },
    { key: 'campaignTag', header: h.campaignTag, width: 170 },
    { key: 'trackedLink', header: h.trackedLink, width: 280, computed: true },
    { key: 'owner', header: h.owner, width: 100 },
    { key: 'status', header: h.status, width: 110, validation: list(Object.values(c.t.statuses)) },
  ];
}

/** Where the calendar's posts sit (header row, columns by name), for formulas on other tabs. */
export function calendarLayout(plan: Plan): Table<PostColumn> {
  const c = tabContext(plan);
  // Rows do not matter to a reader of whole columns; laying out no posts skips the schedule.
  return new Table(postColumns(c, contentPillars(plan.contentPlan.mix, c.lang).map((p) => p.name), localCalendarOf(plan.market)), HEADER_ROW, 0);
}

/** Calendar months the plan touches, as the first day of each. */
function monthsOf(plan: Plan): string[] {
  const first = `${plan.contentPlan.startDate.slice(0, 8)}01`;
  const last = `${planEndDate(plan).slice(0, 8)}01`;
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

export function generateCalendarTab(plan: Plan): SheetSpec {
  const c = tabContext(plan);
  const start = plan.contentPlan.startDate;
  const end = planEndDate(plan);
  const networks = plan.contentPlan.networks;
  const posts = scheduledPosts(plan);
  const pillars = contentPillars(plan.contentPlan.mix, c.lang);

  const postsPerNetwork = networks.map(() => 0);
  for (const p of posts) postsPerNetwork[p.networkIndex]++;
  const pillarsOf = networks.map((_, n) => pillarSequence(pillars, postsPerNetwork[n], n));
  // The listening list's hashtags (terms starting with #) that fit each pillar: those tied to it
  // (by a preset pillar's id or a custom pillar's name) and those tied to none.
  const hashtagsOf = new Map(
    pillars.map((p) => [
      p.name,
      plan.situation.listening
        .filter((l) => l.term.startsWith('#') && (l.pillar === '' || l.pillar === p.id || l.pillar === p.name))
        .map((l) => l.term)
        .join(' '),
    ]),
  );
  const phases = campaignPhases(plan.campaigns, start, end);
  const tags = plan.campaigns.map((campaign, i) => campaignTag(campaign.name, `campaign_${i + 1}`, campaign.tag));
  const owners = networks.map((n) => ownerOf(plan, n.network));
  // Where a post sends people: its campaign's landing page, else the network's profile link.
  const profiles = networks.map((n) => plan.accounts.find((a) => a.network === n.network && a.url !== '')?.url ?? '');
  const names = networks.map((n) => c.network(n.network));

  const local = localCalendarOf(plan.market);
  const calendar = new Table(postColumns(c, pillars.map((p) => p.name), local), HEADER_ROW, posts.length);
  const rows: Row<PostColumn>[] = posts.map((post) => {
    const { phase, campaign } = phases[post.day];
    return {
      date: { date: post.date },
      weekday: c.labels.weekdays[post.weekday],
      time: { time: post.time },
      network: names[post.networkIndex],
      pillar: pillarsOf[post.networkIndex][post.sequence],
      hashtags: hashtagsOf.get(pillarsOf[post.networkIndex][post.sequence]) ?? '',
      format: c.labels.formats[post.format],
      campaign: campaign >= 0 ? plan.campaigns[campaign].name : '',
      phase: c.t.phases[phase],
      link: (campaign >= 0 && plan.campaigns[campaign].link) || profiles[post.networkIndex] || null,
      // The network's id, not its translated name: analytics group sources by it.
      source: post.network,
      campaignTag: campaign >= 0 ? tags[campaign] : ALWAYS_ON_TAG,
      owner: owners[post.networkIndex],
      status: c.t.statuses.idea,
    };
  });
  if (rows.length > 0 && local) {
    // One call for the whole column, like UTM_URL below; its calendar is named, so the column
    // reads the same whatever the spreadsheet's locale.
    rows[0].localDate = { formula: `=LOCAL_DATE(${calendar.range('date')}, "${local}", "long")` };
  }
  if (rows.length > 0) {
    // One UTM_URL over the whole column (it takes ranges and spills): a single custom-function
    // call instead of one per post, which Sheets would run thousands of times. Rows without a
    // link stay blank. The cells below it must stay empty for the result to spill.
    rows[0].trackedLink = {
      formula: `=UTM_URL(${calendar.range('link')}, ${calendar.range('source')}, "social", ${calendar.range('campaignTag')})`,
    };
  }

  const tab = new TabBuilder('calendar', c.t.titles.calendar, c.lang)
    .heading(HEADING_ROW, 1, c.t.titles.calendar)
    .table(calendar, rows);
  yearAtAGlance(tab, plan, c, calendar, names, calendar.columns.length + 2, local);
  return tab.build(HEADER_ROW, posts.length);
}

/**
 * Per month: the campaigns that run in it (their names, as text) and COUNTIFS of the calendar's
 * posts per network. The network columns' headers are the very names the calendar's network
 * column holds, and the formulas point at those header cells (never at text pasted in a formula).
 */
function yearAtAGlance(tab: TabBuilder, plan: Plan, c: TabContext, calendar: Table<PostColumn>, names: string[], column: number, local: LocalCalendar | null): void {
  const months = monthsOf(plan);
  const networkKeys = names.map((_, n) => `network${n}`);
  const columns: Column<string>[] = [
    { key: 'month', header: c.t.columns.month, width: 120, format: MONTH },
    ...(local ? [{ key: 'localMonths', header: c.t.localCalendar.months[local], width: 170 }] : []),
    { key: 'campaigns', header: c.t.columns.campaigns, width: 240 },
    ...names.map((name, n) => ({ key: networkKeys[n], header: name, width: 100, format: COUNT, computed: true })),
    { key: 'total', header: c.t.columns.totalPosts, width: 90, format: COUNT, computed: true },
  ];
  const glance = new Table(columns, HEADER_ROW, months.length, column);
  const dates = wholeColumn(calendar.col('date'));
  const networkColumn = wholeColumn(calendar.col('network'));
  const rows = months.map((month, i) => {
    const row = glance.firstRow + i;
    const monthCell = glance.ref('month', row, { fixColumn: true });
    const inMonth = `${dates}, ">="&${monthCell}, ${dates}, "<"&EDATE(${monthCell}, 1)`;
    const next = addMonths(month, 1);
    const running = plan.campaigns.filter((k) => k.start < next && k.end >= month).map((k) => k.name);
    const cells: Row<string> = {
      month: { date: month },
      ...(local ? { localMonths: localMonthsOf(local, c.lang, daysFromIso(month), daysFromIso(next) - 1) } : {}),
      campaigns: running.join(c.t.listSeparator),
      total: { formula: `=COUNTIFS(${inMonth})` },
    };
    networkKeys.forEach((key) => {
      cells[key] = { formula: `=COUNTIFS(${networkColumn}, ${glance.ref(key, HEADER_ROW, { fixRow: true })}, ${inMonth})` };
    });
    return cells;
  });
  tab.heading(HEADING_ROW, column, c.t.calendar.yearAtAGlance).table(glance, rows);
}
