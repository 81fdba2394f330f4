/**
 * Everything the add-on does beyond the custom functions and the menu: the sidebar, the tabs, the
 * reminders, the import, the dashboard. The build bundles this module on its own into
 * dist/AddOn.html, which Code.js evaluates the first time a menu item, the sidebar or a trigger
 * calls in (./load.ts). Custom-function calls never load it: they would pay for parsing ~300 KB
 * of code they do not run on every recalculation. Each name is the top-level function in
 * src/index.ts that forwards to it.
 */
export {
  disableReminders,
  enableReminders,
  onReminderTrigger,
  reminderStatus,
  showReminderSettings,
} from '../reminders/edge';
export { openTab, showSidebar } from '../ui/sidebar';
export { loadWizard, saveWizard } from '../ui/wizard-store';
export { examplePlanForToday as examplePlan, generateTabs } from '../sheets/generate';
export { loadSavedPlan as loadPlan } from '../sheets/plan-store';
export { refreshDashboardFromMenu as refreshDashboard } from '../sheets/dashboard-refresh';
export { importAnalytics, previewImport } from '../sheets/import';
export { showImportDialog as showImportAnalytics } from '../ui/import-dialog';
export { keyDatesCall as keyDates } from '../plan/key-dates/call';
