const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'Promotions';

/**
 * Career Ladder ▸ Promotions: the sidebar built from src/sidebar into dist/Sidebar.html. HtmlService
 * ignores meta tags written in the file: the viewport is given with addMetaTag.
 */
export function openPromotionsSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE)
    .setTitle(SIDEBAR_TITLE)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
  SpreadsheetApp.getUi().showSidebar(html);
}
