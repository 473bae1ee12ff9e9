// The store of the issues at each field (web/src/form/issue-store.ts), without a browser: each
// field's reader is told when its own path's issues change, and only then.
import { describe, expect, it } from 'vitest';
import { IssueStore, type IssuesAt } from '../../web/src/form/issue-store.js';

const issue = (path: string, code: string) => ({ path, code, message: `${code} at ${path}` });
const at = (errors: ReturnType<typeof issue>[]): IssuesAt => ({ errors, warnings: [] });

describe('IssueStore', () => {
  it("a reader is told of its own path's changes only, with the same snapshot while they do not change", () => {
    const store = new IssueStore();
    const told: string[] = [];
    store.subscribe('child.givenName', () => told.push('given'));
    store.subscribe('child.familyName', () => told.push('family'));
    store.set(new Map([['child.givenName', at([issue('child.givenName', 'required')])]]));
    expect(told).toEqual(['given']);
    const first = store.get('child.givenName');
    store.set(new Map([['child.givenName', at([issue('child.givenName', 'required')])]]));
    expect(told).toEqual(['given']);
    expect(store.get('child.givenName')).toBe(first);
    store.set(new Map());
    expect(told).toEqual(['given', 'given']);
  });

  it("a stop called again, after the path's last reader left and a new one came, leaves the new reader subscribed", () => {
    const store = new IssueStore();
    const told: string[] = [];
    const stopOld = store.subscribe('child.givenName', () => told.push('old'));
    stopOld(); // the last reader of the path leaves: its Set is removed
    store.subscribe('child.givenName', () => told.push('new')); // a new reader: a new Set
    stopOld(); // the old stop once more (it must be harmless)
    store.set(new Map([['child.givenName', at([issue('child.givenName', 'required')])]]));
    expect(told).toEqual(['new']);
  });

  it('the same function subscribed twice to a path is told until both subscriptions stop', () => {
    const store = new IssueStore();
    let told = 0;
    const tell = () => told++;
    const stopOne = store.subscribe('child.givenName', tell);
    const stopTwo = store.subscribe('child.givenName', tell);
    stopOne();
    store.set(new Map([['child.givenName', at([issue('child.givenName', 'required')])]]));
    expect(told).toBe(1);
    stopTwo();
    store.set(new Map());
    expect(told).toBe(1);
  });
});
