const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'Promotions';

/** Career Ladder ▸ Promotions: the sidebar built from src/sidebar into dist/Sidebar.html. */
export function openPromotionsSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
