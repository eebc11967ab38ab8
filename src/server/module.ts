/**
 * The server module: every menu handler and sidebar endpoint of the registry (main.ts), by its
 * global name. The build bundles it into dist/Server.html, which Code.js loads only when one of
 * them runs, so custom-function executions never load it.
 */
import { showAboutFromMenu } from './aboutMenu';
import { checkWorkbookFromMenu } from './checkWorkbookMenu';
import { diagnoseFromMenu } from './diagnose/diagnose';
import { sidebarEndpoints } from './endpoints';
import { openPromotionsSidebar } from './promotions/openSidebar';
import { setUpSampleTeamFromMenu, setUpWorkbookFromMenu } from './setUpWorkbookMenu';
import { openReviewCalendar, openReviewReminders } from './reminders/menus';
import { sendReviewReminders } from './reminders/reminders';

export const serverGlobals = {
  setUpWorkbook: setUpWorkbookFromMenu,
  setUpWithSampleTeam: setUpSampleTeamFromMenu,
  openPromotionsSidebar,
  checkWorkbook: checkWorkbookFromMenu,
  diagnose: diagnoseFromMenu,
  showAbout: showAboutFromMenu,
  ...sidebarEndpoints,
  openReviewReminders,
  openReviewCalendar,
  sendReviewReminders,
};

export type ServerGlobals = typeof serverGlobals;
