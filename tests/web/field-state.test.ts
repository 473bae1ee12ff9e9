// The store of the issues at each field (web/src/form/issue-store.ts), without a browser: each
// field's reader is told when its own path's issues change, and only then.
import { describe, expect, it } from 'vitest';
import { IssueStore, relisted, touchedAt, type IssuesAt } from '../../web/src/form/issue-store.js';

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
  it('made untilTouched, a field shows its errors and warnings once touched (or a field inside it), or once all are', () => {
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
    // Nothing touched: no error anywhere, and no warning either (review, round r56: the errors' rule).
    expect(store.get('requester').errors).toEqual([]);
    expect(store.get('concern.events.0.description').errors).toEqual([]);
    expect(store.get('child.givenName')).toEqual({ errors: [], warnings: [] });
    expect(told).toEqual([]);
    // A field of the section touched: the section's own error shown, not the list item's.
    store.touch('requester.name');
    expect(store.get('requester').errors.map((e) => e.code)).toEqual(['required']);
    expect(store.get('concern.events.0.description').errors).toEqual([]);
    expect(store.get('child.givenName').errors).toEqual([]);
    expect(told).toEqual(['requester']);
    // The name touched: its error and its warning shown together.
    store.touch('child.givenName');
    expect(store.get('child.givenName')).toEqual({ errors: [issue('child.givenName', 'too-long')], warnings: [warning] });
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

  // Review, round r56: the marks were kept by path, so removing a list's item passed its marks to the
  // item that took its place (its untyped fields said "is required"); a move left them at the old index.
  it('relist: a removed item’s marks go with it, the later items’ move up one; a move takes them along', () => {
    const store = new IssueStore({ untilTouched: true });
    const req = (p: string) => [p, at([issue(p, 'required')])] as const;
    const paths = ['concern.events.0.description', 'concern.events.1.description', 'concern.events.2.description', 'child.givenName'];
    store.set(new Map(paths.map(req)));
    store.touch('concern.events.0.description');
    store.touch('concern.events.2.description');
    store.touch('child.givenName');
    // The first event removed: the second is now first, untouched; the third, second, still touched.
    store.relist('concern.events', (i) => (i === 0 ? undefined : i - 1));
    store.set(new Map(paths.slice(1).map((p, i) => (i < 2 ? req(`concern.events.${i}.description`) : req(p)))));
    expect(store.get('concern.events.0.description').errors).toEqual([]);
    expect(store.get('concern.events.1.description').errors.map((e) => e.path)).toEqual(['concern.events.1.description']);
    expect(store.get('child.givenName').errors).toHaveLength(1);
    // Until the next check answers, an item's issues move with it too.
    store.relist('concern.events', (i) => (i === 0 ? 1 : i === 1 ? 0 : i));
    expect(store.get('concern.events.0.description').errors.map((e) => e.path)).toEqual(['concern.events.0.description']);
    expect(store.get('concern.events.1.description').errors).toEqual([]);
    // A path that only begins like the list's (concern.eventsNote.0) is not in it.
    expect(relisted('concern.eventsNote.0', 'concern.events', () => undefined)).toBe('concern.eventsNote.0');
    expect(relisted('concern.events', 'concern.events', () => undefined)).toBe('concern.events');
    expect(relisted('concern.events.3.acts.1', 'concern.events.3.acts', (i) => i + 1)).toBe('concern.events.3.acts.2');
  });

  it('touchedAt: the path, or a field inside it; a case-wide error once anything is touched', () => {
    expect(touchedAt('child', new Set(['child.givenName']))).toBe(true);
    expect(touchedAt('child.givenName', new Set(['child']))).toBe(false);
    expect(touchedAt('child.given', new Set(['child.givenName']))).toBe(false);
    expect(touchedAt('', new Set(['child.givenName']))).toBe(true);
    expect(touchedAt('', new Set())).toBe(false);
  });
});
