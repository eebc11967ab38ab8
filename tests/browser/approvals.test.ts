/**
 * The approval flow on the `npm start` page, played by two people with the top bar's "Signed in as":
 * a manager of the sample team proposes a level promotion, an approver approves it, and the Promotion
 * Log gets one row naming both.
 */
import type { Page } from 'playwright-core';
import {
  cellText,
  describeInChromium,
  runMenuItem,
  sidebarFrame,
  switchSheet,
  useSamplePreviewPage,
  waitIdle,
} from '../support/browser';
import { sampleApprovers, sampleEmail } from '../../src/sheets/sampleTeam';
import { SHEET_NAMES } from '../../src/tables/layout';

const MANAGER = sampleEmail('Maya Chen');
const APPROVER = sampleApprovers()[1] as string;
const ENGINEER = 'Sofia Rossi';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.getByLabel('Signed in as').selectOption(email);
  await waitIdle(page);
}

describeInChromium('approving a promotion in the local preview', () => {
  const samplePage = useSamplePreviewPage();

  test('proposed as one signed-in manager and approved as another, it gives one Promotion Log row with both names', async () => {
    const page = samplePage();
    await signInAs(page, MANAGER);
    await runMenuItem(page, 'Promotions');
    let sidebar = sidebarFrame(page);
    await sidebar.getByRole('button', { name: `${ENGINEER},` }).click();
    await sidebar.getByRole('heading', { name: ENGINEER, level: 2, exact: true }).waitFor();
    await sidebar.getByLabel('Promote to the next level (D5 step 1)').check();
    await sidebar.getByRole('button', { name: 'Review and record…' }).click();
    const dialog = sidebar.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain(
      `recorded when ${sampleApprovers().join(' or ')} approves it`,
    );
    await dialog.getByRole('button', { name: 'Propose' }).click();
    await sidebar.getByText(/^Proposed: level promotion for Sofia Rossi/).waitFor();
    await sidebar.getByRole('region', { name: 'Pending proposal' }).waitFor();

    await signInAs(page, APPROVER);
    await runMenuItem(page, 'Promotions');
    sidebar = sidebarFrame(page);
    await sidebar.getByRole('heading', { name: 'Awaiting your approval (1)' }).waitFor();
    await sidebar.getByRole('button', { name: `Open the proposal for ${ENGINEER}` }).click();
    const pending = sidebar.getByRole('region', { name: 'Pending proposal' });
    await expect(pending.textContent()).resolves.toContain(`Proposed by${MANAGER}`);
    await pending.getByRole('button', { name: 'Approve' }).click();
    await sidebar.getByText(/^Approved and recorded: level promotion for Sofia Rossi/).waitFor();
    await sidebar.getByRole('heading', { name: 'Awaiting your approval (0)' }).waitFor();

    await switchSheet(page, SHEET_NAMES.promotionLog);
    await expect(
      Promise.all(['B2', 'C2', 'E2', 'G2', 'J2', 'L2', 'B3'].map((a1) => cellText(page, a1))),
    ).resolves.toEqual([ENGINEER, 'D4', 'D5', 'level', MANAGER, APPROVER, '']);
  });
});
