/** One lookup per message section, so each bundle carries only the sections it imports. */
import * as ar from './ar';
import * as en from './en';
import * as fa from './fa';
import * as he from './he';
import type { Lang } from './lang';

export type FunctionMessages = typeof en.functions;
export const functionMessages: Record<Lang, FunctionMessages> = {
  en: en.functions,
  ar: ar.functions,
  fa: fa.functions,
  he: he.functions,
};

export type PlanMessages = typeof en.plan;
export const planMessages: Record<Lang, PlanMessages> = { en: en.plan, ar: ar.plan, fa: fa.plan, he: he.plan };

export type PlanLabels = typeof en.planLabels;
export const planLabels: Record<Lang, PlanLabels> = { en: en.planLabels, ar: ar.planLabels, fa: fa.planLabels, he: he.planLabels };

export type ReminderMessages = typeof en.reminders;
export const reminderMessages: Record<Lang, ReminderMessages> = { en: en.reminders, ar: ar.reminders, fa: fa.reminders, he: he.reminders };

export type SidebarMessages = typeof en.sidebar;
export const sidebarMessages: Record<Lang, SidebarMessages> = { en: en.sidebar, ar: ar.sidebar, fa: fa.sidebar, he: he.sidebar };

export type TabMessages = typeof en.tabs;
export const tabMessages: Record<Lang, TabMessages> = { en: en.tabs, ar: ar.tabs, fa: fa.tabs, he: he.tabs };

export type SmartMessages = typeof en.smart;
export const smartMessages: Record<Lang, SmartMessages> = { en: en.smart, ar: ar.smart, fa: fa.smart, he: he.smart };

export type AddOnMessages = typeof en.addOn;
export const addOnMessages: Record<Lang, AddOnMessages> = { en: en.addOn, ar: ar.addOn, fa: fa.addOn, he: he.addOn };

export type MenuMessages = typeof en.menu;
export const menuMessages: Record<Lang, MenuMessages> = { en: en.menu, ar: ar.menu, fa: fa.menu, he: he.menu };

export type ImportMessages = typeof en.importer;
export const importMessages: Record<Lang, ImportMessages> = { en: en.importer, ar: ar.importer, fa: fa.importer, he: he.importer };

export type KeyDateMessages = typeof en.keyDates;
export const keyDateMessages: Record<Lang, KeyDateMessages> = { en: en.keyDates, ar: ar.keyDates, fa: fa.keyDates, he: he.keyDates };

export type StrategyMessages = typeof en.strategy;
export const strategyMessages: Record<Lang, StrategyMessages> = { en: en.strategy, ar: ar.strategy, fa: fa.strategy, he: he.strategy };

export type DashboardMessages = typeof en.dashboard;
export const dashboardMessages: Record<Lang, DashboardMessages> = { en: en.dashboard, ar: ar.dashboard, fa: fa.dashboard, he: he.dashboard };
