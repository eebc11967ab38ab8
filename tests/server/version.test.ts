import fs from 'node:fs';
import { ADDON_VERSION } from '../../src/version';

test('the version Diagnose reports is package.json’s', () => {
  const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
  expect(ADDON_VERSION).toBe(version);
});
