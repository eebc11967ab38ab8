// npm run deploy: test, build, then `clasp push` dist/ to the Apps Script project named in .clasp.json.
// Refuses while .clasp.json still holds the committed placeholder script ID, saying how to get a real one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PLACEHOLDER_SCRIPT_ID = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const CONFIG = '.clasp.json';

const HOW_TO_GET_A_SCRIPT_ID = `npm run deploy needs your own Apps Script project, and ${CONFIG} names none (the
committed one holds the placeholder "${PLACEHOLDER_SCRIPT_ID}").

Either create a new spreadsheet with its own script:
  npx clasp login
  rm ${CONFIG}        # clasp create refuses while a ${CONFIG} exists; it writes a new one
  npx clasp create --type sheets --title "Career Ladder" --rootDir dist
  npm run deploy
(clasp create writes ${CONFIG} with the new scriptId and "rootDir": "dist"; if yours puts it
elsewhere, move the scriptId into ${CONFIG}.)

Or use an existing spreadsheet: open it, Extensions > Apps Script > Project Settings, copy the
Script ID, paste it into ${CONFIG} as "scriptId" (keep "rootDir": "dist"), then:
  npx clasp login
  npm run deploy
`;

/** The script ID .clasp.json names, or undefined when there is none or only the placeholder. */
function configuredScriptId() {
  if (!existsSync(CONFIG)) return undefined;
  let config;
  try {
    config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  } catch {
    return undefined;
  }
  const scriptId = typeof config.scriptId === 'string' ? config.scriptId.trim() : '';
  return scriptId === '' || scriptId === PLACEHOLDER_SCRIPT_ID ? undefined : scriptId;
}

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed; nothing was pushed.`);
    process.exit(result.status ?? 1);
  }
}

const scriptId = configuredScriptId();
if (!scriptId) {
  console.error(HOW_TO_GET_A_SCRIPT_ID);
  process.exit(1);
}
run('npm', ['test']);
run('npm', ['run', 'build']);
run('npx', ['clasp', 'push']);
console.log(
  `\nPushed dist/ to script ${scriptId}. Reload the spreadsheet and open Extensions > Career Ladder.`,
);
