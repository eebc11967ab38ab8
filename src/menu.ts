export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

/**
 * Builds the add-on menu. It touches nothing but the menu, so it also works in AuthMode.NONE
 * (before the add-on is authorised in this document).
 */
export function buildMenu(items: readonly MenuItem[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu.addItem(item.label, item.functionName);
  menu.addToUi();
}
