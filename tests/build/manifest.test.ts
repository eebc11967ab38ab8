/**
 * The OAuth scopes the add-on asks for: exactly the allowed ones, each justified in the README. Reminders
 * add script.scriptapp (the weekly time-driven trigger) and script.send_mail (the digest).
 */
import fs from 'node:fs';

const manifest = JSON.parse(fs.readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
const readme = fs.readFileSync('README.md', 'utf8');

const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
];

test('the manifest asks for exactly the allowed scopes, once each', () => {
  expect([...manifest.oauthScopes].sort()).toEqual([...ALLOWED_SCOPES].sort());
  expect(new Set(manifest.oauthScopes).size).toBe(manifest.oauthScopes.length);
});

test('the README justifies every scope by name', () => {
  for (const scope of manifest.oauthScopes) {
    expect(readme).toContain(`\`${scope}\``);
  }
});
