// The extension-host tier: mocha inside a real VS Code. Used by the code-server runner and by @vscode/test-cli.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Marks mocha's own lines so that the runner can tell them from the workbench's log. */
export const MOCHA_LINE = '[mocha] ';

export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(MOCHA_LINE + format(...args));
  const grep = process.env.ONE_ON_ONE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const name of readdirSync(__dirname).sort()) if (name.endsWith('.test.js')) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      const resultFile = process.env.ONE_ON_ONE_TEST_RESULT;
      if (resultFile) writeFileSync(resultFile, JSON.stringify({ passed, failed: failures }));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else if (passed === 0) reject(new Error('no extension-host test ran'));
      else resolve();
    });
  });
}
