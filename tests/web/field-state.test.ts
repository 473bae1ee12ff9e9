// The store of the issues at each field (web/src/form/issue-store.ts), without a browser: each
// field's reader is told when its own path's issues change, and only then.
import { describe, expect, it } from 'vitest';
import { IssueStore, touchedAt, type IssuesAt } from '../../web/src/form/issue-store.js';

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

  // Review, round r55: the first key typed into a new form showed "is required" under every required
  // field, and a list's item just added under each of its fields, before anything was typed there.
  it('made untilTouched, a field shows its errors once touched (or a field inside it), or once all are; its warnings at once', () => {
    const store = new IssueStore({ untilTouched: true });
    const told: string[] = [];
    for (const path of ['requester', 'requester.name', 'concern.events.0.description', 'child.givenName'])
      store.subscribe(path, () => told.push(path));
    const warning = issue('child.givenName', 'name-looks-like-a-placeholder');
    store.set(
      new Map([
        ['requester', at([issue('requester', 'required')])],
        ['concern.events.0.description', at([issue('concern.events.0.description', 'required')])],
        ['child.givenName', { errors: [issue('child.givenName', 'too-long')], warnings: [warning] }],
      ]),
    );
    // Nothing touched: no error anywhere, the warning shown.
    expect(store.get('requester').errors).toEqual([]);
    expect(store.get('concern.events.0.description').errors).toEqual([]);
    expect(store.get('child.givenName')).toEqual({ errors: [], warnings: [warning] });
    expect(told).toEqual(['child.givenName']);
    // A field of the section touched: the section's own error shown, not the list item's.
    store.touch('requester.name');
    expect(store.get('requester').errors.map((e) => e.code)).toEqual(['required']);
    expect(store.get('concern.events.0.description').errors).toEqual([]);
    expect(store.get('child.givenName').errors).toEqual([]);
    expect(told).toEqual(['child.givenName', 'requester']);
    // A field touched whose path only begins like another's (concern.events.0.descriptionNote) is not it.
    store.touch('concern.events.0.descriptionNote');
    expect(store.get('concern.events.0.description').errors).toEqual([]);
    store.touch('concern.events.0.description');
    expect(store.get('concern.events.0.description').errors.map((e) => e.code)).toEqual(['required']);
    // A document asked for: every error shown, and a check's new errors too.
    store.touchAll();
    expect(store.get('child.givenName').errors.map((e) => e.code)).toEqual(['too-long']);
    store.set(new Map([['requester.name', at([issue('requester.name', 'required')])]]));
    expect(store.get('requester.name').errors.map((e) => e.code)).toEqual(['required']);
  });

  it('touchedAt: the path, or a field inside it; a case-wide error once anything is touched', () => {
    expect(touchedAt('child', new Set(['child.givenName']))).toBe(true);
    expect(touchedAt('child.givenName', new Set(['child']))).toBe(false);
    expect(touchedAt('child.given', new Set(['child.givenName']))).toBe(false);
    expect(touchedAt('', new Set(['child.givenName']))).toBe(true);
    expect(touchedAt('', new Set())).toBe(false);
  });
});
