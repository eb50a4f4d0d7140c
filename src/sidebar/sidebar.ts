// The 1:1 Coach side bar: the People view and the Needs Attention view.
import * as vscode from 'vscode';
import type { Feature } from '../services';
import { attentionListOf } from './attentionList';
import { ATTENTION_VIEW, createAttentionView } from './attentionView';
import { showLoadProgress } from './loadProgress';
import { PeopleTree } from './peopleTree';
import { sidebarApi } from './sidebarApi';

export const PEOPLE_VIEW = 'oneOnOneCoach.people';

export const sidebar: Feature = (context, { notes }) => {
  const people = new PeopleTree(notes);
  const peopleView = vscode.window.createTreeView(PEOPLE_VIEW, { treeDataProvider: people, showCollapseAll: true });
  const list = attentionListOf(context, notes);
  const attention = createAttentionView(list);
  context.subscriptions.push(people, peopleView, ...attention.disposables);
  context.subscriptions.push(showLoadProgress(notes, [{ id: PEOPLE_VIEW, view: peopleView }, { id: ATTENTION_VIEW, view: attention.view }]));
  const settled = async () => {
    await notes.settled();
    await Promise.all([people.settled(), list.settled()]);
  };
  Object.assign(sidebarApi(context), { people, peopleView, attention: attention.tree, attentionView: attention.view, settled });
};
