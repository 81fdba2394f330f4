/**
 * What every generator reads off a plan before laying out a tab: the language and its messages,
 * the names of the plan's choices, and the number formats for dates and money in the plan's
 * market and currency.
 */
import type { Lang } from '../../i18n/lang';
import { planLabels, tabMessages, type PlanLabels, type TabMessages } from '../../i18n/messages';
import { networkName, NETWORKS, type Network } from '../networks';
import type { Plan } from '../schema';
import { currencyFormat, datePattern } from './formats';

export interface TabContext {
  lang: Lang;
  t: TabMessages;
  labels: PlanLabels;
  /** Number format of date cells. */
  date: string;
  /** Number format of money cells. */
  money: string;
  network: (network: Network) => string;
  /** Every network's name in the plan's language: the dropdown of a network column. */
  networkChoices: string[];
}

export function tabContext(plan: Plan): TabContext {
  const lang = plan.language;
  return {
    lang,
    t: tabMessages[lang],
    labels: planLabels[lang],
    date: datePattern(lang, plan.market, plan.dateLocale),
    money: currencyFormat(plan.currency),
    network: (network) => networkName(network, lang),
    networkChoices: NETWORKS.map((n) => networkName(n, lang)),
  };
}

/** The owner named for a network in the audit's accounts (the first one), or ''. */
export function ownerOf(plan: Plan, network: Network): string {
  return plan.accounts.find((a) => a.network === network && a.owner !== '')?.owner ?? '';
}
