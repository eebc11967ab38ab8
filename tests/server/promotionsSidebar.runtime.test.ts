import fs from 'node:fs';
import { registry } from '../../src/main';
import { sidebarEndpoints } from '../../src/server/endpoints';
import { serverGlobals } from '../../src/server/module';
import { loadPromotionRuntime } from '../support/promotionWorkbook';

describe('the Promotions menu item and endpoints', () => {
  test('Career Ladder ▸ Promotions opens the built sidebar titled Promotions, its viewport set by addMetaTag', () => {
    const rt = loadPromotionRuntime([]);
    rt.trigger('onOpen');
    rt.runMenuItem('Promotions');
    expect(rt.ui.sidebars.map((s) => s.title)).toEqual(['Promotions']);
    const viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">';
    expect(rt.ui.sidebars[0]?.metaTags).toEqual([
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    ]);
    expect(rt.ui.sidebars[0]?.html).toBe(
      fs.readFileSync('dist/Sidebar.html', 'utf8').replace('<head>', `<head>${viewport}`),
    );
  });

  test('the built sidebar writes no meta tag of its own: HtmlService would ignore it', () => {
    expect(fs.readFileSync('dist/Sidebar.html', 'utf8')).not.toMatch(/<meta\s+name=/i);
  });

  test('every sidebar endpoint is a registered endpoint global, and every endpoint global is one of them', () => {
    const registered = Object.entries(registry)
      .filter(([, entry]) => entry.kind === 'endpoint')
      .map(([name]) => name);
    expect(registered).toEqual(Object.keys(sidebarEndpoints));
    for (const name of registered) {
      expect(serverGlobals[name as keyof typeof serverGlobals]).toBe(
        sidebarEndpoints[name as keyof typeof sidebarEndpoints],
      );
    }
  });

  test('the built sidebar is one file with its script and styles inlined', () => {
    const html = fs.readFileSync('dist/Sidebar.html', 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|inline:(script|styles)/);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('promotionsRecord');
  });
});
