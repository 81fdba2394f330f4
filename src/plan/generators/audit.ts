/**
 * The audit tab (DOMAIN.md, "Audit"): one row per account with its mission statement, numbers,
 * engagement rate and the keep / update / delete decision, the next audit date from the cadence;
 * then the impostor accounts to report and the competitors to learn from. Spare rows under each
 * table take accounts the user adds, and their formulas are already there.
 */
import { nativeKpi } from './native-kpi';
import { fill } from '../../i18n/format';
import type { SheetSpec, SpecCell } from '../../sheets/spec';
import type { Plan } from '../schema';
import { fixedRef } from './a1';
import {
  amountColumn,
  checkboxColumn,
  computedDateColumn,
  countColumn,
  dateColumn,
  listColumn,
  networkColumn,
  percentColumn,
  textColumn,
} from './columns';
import { tabContext, type TabContext } from './context';
import { COUNT } from './formats';
import { TabBuilder } from './tab';
import { Table, type Column, type Row } from './table';

/** Rows left empty under each table for accounts found later (their formulas are in place). */
export const SPARE_ROWS = 5;

const HEADING_ROW = 1;
const CADENCE_ROW = 2;
const ACCOUNTS_TITLE_ROW = 3;
const ACCOUNTS_HEADER_ROW = 4;

type AccountColumn =
  | 'network' | 'handle' | 'profileUrl' | 'owner' | 'mission' | 'audience' | 'personas' | 'verified' | 'followers'
  | 'postsPerWeek' | 'avgEngagements' | 'engagementRate' | 'lastPost' | 'topContent' | 'profileComplete'
  | 'decision' | 'notes' | 'auditDate' | 'nextAudit';
type ImpostorColumn = 'network' | 'handle' | 'profileUrl' | 'reported' | 'notes';
type CompetitorColumn =
  | 'network' | 'handle' | 'profileUrl' | 'followers' | 'postsPerWeek' | 'avgEngagements' | 'engagementRate' | 'whatToLearn';
type AnyColumn = AccountColumn | ImpostorColumn | CompetitorColumn;

/** Every column the audit's tables use, described once. */
function auditColumns(c: TabContext): Record<AnyColumn, Column<AnyColumn>> {
  const h = c.t.columns;
  const list: Column<AnyColumn>[] = [
    networkColumn('network', c),
    textColumn('handle', h.handle, 150),
    textColumn('profileUrl', h.profileUrl, 220),
    textColumn('owner', h.owner, 110),
    textColumn('mission', h.mission, 300),
    textColumn('audience', h.audience, 220),
    textColumn('personas', h.personas, 180),
    checkboxColumn('verified', h.verified),
    countColumn('followers', h.followers),
    amountColumn('postsPerWeek', h.postsPerWeek),
    amountColumn('avgEngagements', h.avgEngagements, 130),
    percentColumn('engagementRate', h.engagementRate, 110),
    dateColumn('lastPost', h.lastPost, c),
    textColumn('topContent', h.topContent, 200),
    checkboxColumn('profileComplete', h.profileComplete, 110),
    listColumn('decision', h.decision, Object.values(c.t.decisions), 110),
    textColumn('notes', h.notes, 220),
    dateColumn('auditDate', h.auditDate, c),
    computedDateColumn('nextAudit', h.nextAudit, c),
    checkboxColumn('reported', h.reported),
    textColumn('whatToLearn', h.whatToLearn, 300),
  ];
  return Object.fromEntries(list.map((col) => [col.key, col])) as Record<AnyColumn, Column<AnyColumn>>;
}

function pick<K extends AnyColumn>(all: Record<AnyColumn, Column<AnyColumn>>, keys: K[]): Column<K>[] {
  return keys.map((k) => all[k] as Column<K>);
}

/** Rows for the items, then SPARE_ROWS empty ones. */
function withSpareRows<T, K extends string>(items: T[], toRow: (item: T) => Row<K>): Row<K>[] {
  return [...items.map(toRow), ...Array.from({ length: SPARE_ROWS }, (): Row<K> => ({}))];
}

/**
 * Engagement rate = average engagements per post ÷ followers, as ONE native formula spilling over
 * the table's rows (native-kpi.ts: it computes without the add-on; blank rows stay blank).
 */
function engagementRateFormula(table: Pick<Table<'avgEngagements' | 'followers'>, 'range'>): SpecCell {
  return nativeKpi('ENGAGEMENT_RATE', table.range('avgEngagements'), table.range('followers'));
}

/**
 * @param today ISO date the audit is made (the accounts' audit date); left out, the dates are blank.
 */
export function generateAuditTab(plan: Plan, today?: string): SheetSpec {
  const c = tabContext(plan);
  const all = auditColumns(c);
  const tab = new TabBuilder('audit', c.t.titles.audit, c.lang)
    .heading(HEADING_ROW, 1, fill(c.t.audit.heading, { business: plan.businessName }))
    .setting(CADENCE_ROW, 1, c.t.audit.cadence, plan.reviews.auditEveryMonths, COUNT, { kind: 'number', min: 1, max: 36 })
    .heading(ACCOUNTS_TITLE_ROW, 1, c.t.audit.accounts);
  const cadence = fixedRef(CADENCE_ROW, 2);

  // ── Our accounts ──
  const accounts = new Table(
    pick(all, [
      'network', 'handle', 'profileUrl', 'owner', 'mission', 'audience', 'personas', 'verified', 'followers', 'postsPerWeek',
      'avgEngagements', 'engagementRate', 'lastPost', 'topContent', 'profileComplete', 'decision', 'notes',
      'auditDate', 'nextAudit',
    ]),
    ACCOUNTS_HEADER_ROW,
    plan.accounts.length + SPARE_ROWS,
  );
  const accountRows = withSpareRows(plan.accounts, (a): Row<AccountColumn> => ({
    network: c.network(a.network),
    handle: a.handle,
    profileUrl: a.url,
    owner: a.owner,
    mission: a.mission,
    audience: a.audience,
    // Which persona the account serves: those who are online where it is.
    personas: plan.situation.personas.filter((p) => p.networks.includes(a.network)).map((p) => p.name).join(c.t.listSeparator),
    verified: false,
    profileComplete: false,
    auditDate: today ? { date: today } : null,
  }));
  accountRows.forEach((row, i) => {
    const auditDate = accounts.ref('auditDate', accounts.firstRow + i);
    // Native EDATE per row: cheap in Sheets, and a blank audit date keeps the row blank.
    row.nextAudit = { formula: `=IF(${auditDate}="", "", EDATE(${auditDate}, ${cadence}))` };
  });
  accountRows[0].engagementRate = engagementRateFormula(accounts);
  tab.table(accounts, accountRows);

  // ── Impostor accounts to report ──
  const impostorsTitle = accounts.lastRow + 2;
  const impostors = new Table(
    pick(all, ['network', 'handle', 'profileUrl', 'reported', 'notes']),
    impostorsTitle + 1,
    plan.impostors.length + SPARE_ROWS,
  );
  const impostorRows = withSpareRows(plan.impostors, (f): Row<ImpostorColumn> => ({
    network: c.network(f.network),
    handle: f.handle,
    profileUrl: f.url,
    reported: false,
  }));
  tab.heading(impostorsTitle, 1, c.t.audit.impostors).table(impostors, impostorRows);

  // ── Competitors ──
  const competitorsTitle = impostors.lastRow + 2;
  const competitors = new Table(
    pick(all, ['network', 'handle', 'profileUrl', 'followers', 'postsPerWeek', 'avgEngagements', 'engagementRate', 'whatToLearn']),
    competitorsTitle + 1,
    plan.competitors.length + SPARE_ROWS,
  );
  const competitorRows = withSpareRows(plan.competitors, (k): Row<CompetitorColumn> => ({
    network: c.network(k.network),
    handle: k.handle,
    profileUrl: k.url,
    whatToLearn: k.notes,
  }));
  competitorRows[0].engagementRate = engagementRateFormula(competitors);
  tab.heading(competitorsTitle, 1, c.t.audit.competitors).table(competitors, competitorRows);

  return tab.build(ACCOUNTS_HEADER_ROW, plan.accounts.length);
}
