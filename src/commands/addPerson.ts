// "Add Person…": a new `<notes root>/<id>/person.yaml`; never touches a folder that exists.
//
// Argument: (person?) `{ name?: string, id?: string, role?: string, cadence?: 'weekly' | 'biweekly' |
// 'monthly' | number, professional?: boolean, since?: 'YYYY-MM-DD', folder?: WorkspaceFolder | string (its name) }`.
// With an object, only a missing name is asked for; the id defaults to one made from the name.
// Returns the Uri of the new person.yaml.
import * as vscode from 'vscode';
import { PERSON_FILE } from '../core/reading/layout';
import { todayIso } from '../core/dates';
import { CADENCE_NAMES, type Cadence } from '../core/schema';
import { cadenceDaysProblem, personFileText, personIdProblem, sinceProblem, suggestPersonId, type NewPerson } from '../core/templates/personFile';
import type { Services } from '../services';
import { notesRootSetting } from '../settings';
import { resolveWorkspaceFolder } from '../templates/personTarget';
import { createWithText, exists } from '../templates/safeFiles';

export interface PersonArgument extends Partial<NewPerson> {
  readonly id?: string;
  readonly folder?: vscode.WorkspaceFolder | string;
}

const STEPS = 6;
const step = (n: number) => vscode.l10n.t('Add Person ({0}/{1})', n, STEPS);

interface CadenceChoice extends vscode.QuickPickItem {
  readonly cadence: Cadence | undefined | 'days';
}

/** How often you meet: a named cadence, any number of days, or the default setting; undefined when cancelled. */
async function askCadence(name: string): Promise<{ cadence: Cadence | undefined } | undefined> {
  const choices: CadenceChoice[] = [
    ...CADENCE_NAMES.map((c) => ({ label: c, cadence: c })),
    { label: vscode.l10n.t('Every N days…'), description: vscode.l10n.t('any number of days'), cadence: 'days' },
    { label: vscode.l10n.t('the default'), description: vscode.l10n.t('the Default Cadence setting'), cadence: undefined },
  ];
  const picked = await vscode.window.showQuickPick(choices, { title: step(4), placeHolder: vscode.l10n.t('How often do you meet {0}?', name) });
  if (!picked) return undefined;
  if (picked.cadence !== 'days') return { cadence: picked.cadence };
  const days = await vscode.window.showInputBox({ title: step(4), prompt: vscode.l10n.t('Meet {0} every how many days?', name), value: '10', validateInput: cadenceDaysProblem });
  return days === undefined ? undefined : { cadence: Number.parseInt(days, 10) };
}

async function askRest(name: string): Promise<Omit<NewPerson, 'name'> | undefined> {
  const role = await vscode.window.showInputBox({ title: step(3), prompt: vscode.l10n.t('Role or title (optional)') });
  if (role === undefined) return undefined;
  const cadence = await askCadence(name);
  if (!cadence) return undefined;
  const professional = await vscode.window.showQuickPick(
    [{ label: vscode.l10n.t('No'), value: false }, { label: vscode.l10n.t('Yes'), description: vscode.l10n.t('a staff engineer, tech lead or specialist you coach by persuasion'), value: true }],
    { title: step(5), placeHolder: vscode.l10n.t('Is {0} a senior professional?', name) },
  );
  if (!professional) return undefined;
  const since = await vscode.window.showInputBox({
    title: step(6), prompt: vscode.l10n.t('When did you start managing {0}? (YYYY-MM-DD; no 1:1s are expected before)', name), value: todayIso(), validateInput: sinceProblem,
  });
  if (since === undefined) return undefined;
  return { role, cadence: cadence.cadence, professional: professional.value, since: since.trim() };
}

/** The command addPerson: registered in writingCommands.ts, loaded on its first run. */
export async function addPerson(services: Services, arg?: PersonArgument): Promise<vscode.Uri | undefined> {
  const input = arg && typeof arg === 'object' && !Array.isArray(arg) ? arg : undefined;
  const folder = await resolveWorkspaceFolder(input?.folder);
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: open the folder that holds (or will hold) your notes first.'));
    return undefined;
  }
  const setting = notesRootSetting(folder);
  if (!setting.uri) {
    void vscode.window.showWarningMessage(setting.problem);
    return undefined;
  }
  const root = setting.uri;
  const name = input?.name?.trim() || (await vscode.window.showInputBox({
    title: step(1), prompt: vscode.l10n.t('Their name, as you address them'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')),
  }))?.trim();
  if (!name) return undefined;
  const id = input ? input.id ?? suggestPersonId(name) : await vscode.window.showInputBox({
    title: step(2), prompt: vscode.l10n.t('Their id: the name of their folder in the notes'), value: suggestPersonId(name),
    validateInput: async (v) => personIdProblem(v) ?? ((await exists(vscode.Uri.joinPath(root, v))) ? vscode.l10n.t('{0} already exists in the notes folder', v) : undefined),
  });
  if (id === undefined) return undefined;
  const problem = personIdProblem(id);
  if (problem) {
    void vscode.window.showErrorMessage(vscode.l10n.t('1:1 Coach: {0}', problem));
    return undefined;
  }
  if (await exists(vscode.Uri.joinPath(root, id))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: "{0}" already has a folder in {1}; nothing was changed.', id, vscode.workspace.asRelativePath(root)));
    return undefined;
  }
  const rest = input ? { role: input.role, cadence: input.cadence, professional: input.professional, since: input.since } : await askRest(name);
  if (!rest) return undefined;
  const hadRoot = await exists(root);
  const uri = vscode.Uri.joinPath(root, id, PERSON_FILE);
  if (!(await createWithText(uri, personFileText({ name, ...rest })))) return undefined;
  if (!hadRoot) await services.notes.reload(); // a new notes root: the service starts watching it
  await vscode.window.showTextDocument(uri);
  return uri;
}
