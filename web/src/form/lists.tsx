// A list's buttons (a case's acts, contacts, payments, attachments): Add below the list, and Move
// up, Move down and Remove on each item, as text (no icon font). With the keyboard, each press
// leaves the focus where the person can go on from, and a screen reader names which item a
// button acts on:
// - Move up / Move down: the list re-ordered moves the item's node, which took the keyboard's
//   focus to the page's body, so the next Tab started again from the top of a long form; the focus
//   stays on the button pressed (or, the item now first or last, on its other move button).
// - Remove: the button went with its item, and the focus to the page's body; it goes to the item
//   that took the removed one's place (or the one before it, or Add when none is left).
// - Add: the focus stayed on Add, the new, empty item above it unannounced; it goes to the new
//   item's first field.
// - Each item's buttons were "Move up", "Move down", "Remove" thirty times over; each now says
//   which item ("Remove item 5 of 30"), its visible words first (WCAG 2.5.3, label in name).
// - Each item was "Text" (a list of text) or "Contact" (a list of objects), thirty times over;
//   each is now a group named as a person says it ("Contact 5: Mark Ellison", ItemTemplate), said
//   as the focus enters it.
// - Every list's Add was "Add": five in a row on a worksheet, and a screen reader's list of the
//   page's buttons held "Add" five times with nothing to tell them apart. Each names the item it
//   adds ("Add Loss", "Add Other name used"), its visible word first (WCAG 2.5.3).
// - Nothing said what a press did: Move up kept the focus on a button whose name changed, which a
//   screen reader does not read again, and Remove moved it to the next item's box. Each press is
//   now told in a polite live region ("The child’s words moved up: now item 2 of 3.").
import { isValidElement, useEffect, type MouseEvent, type ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import { buttonId, type ArrayFieldItemButtonsTemplateProps, type ArrayFieldItemTemplateProps, type IconButtonProps } from '@rjsf/utils';
import { pathOfId } from './dates.js';
import { itemLabel, schemaAt, type Json } from './schema.js';
import { liveRegion, sayIn } from './live-region.js';
import type { FormContext } from './templates.js';

/** Frames a focus move waits at most for the form to draw the list's change (about a second). */
const MAX_FRAMES = 60;

/** Run `then` once `ready()` holds, checked at each frame: the form draws a list's change after the click. */
function once(ready: () => boolean, then: () => void, frames = MAX_FRAMES): void {
  if (ready()) return then();
  if (frames > 0) requestAnimationFrame(() => once(ready, then, frames - 1));
}

/** An item's element id → its list's ("root_concern_events_4" → root_concern_events). */
const listOf = (itemId: string): string => itemId.replace(/_\d+$/, '');

/** The first control of an item: its own input (a list of text), or the first inside it (a list of objects). */
function firstControl(itemId: string): HTMLElement | null {
  const el = document.getElementById(itemId);
  if (!el) return null;
  return el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input, select, textarea');
}

/** How many items a list has on the page (its items' ids run from `<list>_0` up). */
function itemCount(list: string): number {
  let n = 0;
  while (document.getElementById(`${list}_${n}`)) n++;
  return n;
}

const usable = (id: string): HTMLButtonElement | null => {
  const b = document.getElementById(id);
  return b instanceof HTMLButtonElement && !b.disabled ? b : null;
};

function focusOn(el: HTMLElement | null): void {
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/** The id of the page's live region that says what a list's button did (listSaid). */
export const LIST_SAID = 'list-said';

/** The live region for listSaid, made once, before any press (a region made with its text is not read). */
function useListRegion(): void {
  useEffect(() => void liveRegion(LIST_SAID), []);
}

/**
 * What a list's button did, told a screen reader (review, round r53: an attorney moving the
 * child's third quotation up heard nothing, the focus staying on a button whose name changed, and
 * one removing a quotation heard only the next quotation's box, never that one was removed). Each
 * a text of its own in the region (live-region.ts sayIn), once the list is drawn again.
 */
function listSaid(text: string): void {
  sayIn(LIST_SAID, text);
}

/** A list's item's name from its list's id (its schema's item title, "The child’s words"), or "Item". */
function itemTitleOf(list: string, root: Json): string {
  const path = pathOfId(list);
  const title = (schemaAt(root, path === '' ? [] : path.split('.'))?.items as Json | undefined)?.title;
  return typeof title === 'string' ? title : 'Item';
}

/** A text button (the library's icon buttons, with words), its id kept (the focus moves find buttons by it). */
function textButton(text: string, cls = '') {
  return function TextButton(props: IconButtonProps): ReactElement {
    const { id, onClick, disabled, className, title } = props;
    return (
      <button type="button" id={id} className={`small ${cls} ${className ?? ''}`} onClick={onClick} disabled={disabled} aria-label={title}>
        {text}
      </button>
    );
  };
}

/** Add below a list, named by the item it adds (its list's item title, schema.ts): the new item's first field takes the focus once it is drawn. */
function AddButton(props: IconButtonProps): ReactElement {
  const { id, onClick, disabled, className, registry } = props;
  const path = pathOfId((id ?? '').replace(/__add$/, ''));
  const item = schemaAt(registry.rootSchema as Json, path === '' ? [] : path.split('.'))?.items as Json | undefined;
  useListRegion();
  return (
    <button
      type="button"
      id={id}
      className={`small add ${className ?? ''}`}
      disabled={disabled}
      aria-label={typeof item?.title === 'string' ? `Add ${item.title}` : undefined}
      onClick={(e) => {
        const list = (id ?? '').replace(/__add$/, '');
        const itemId = `${list}_${itemCount(list)}`;
        onClick?.(e);
        once(
          () => firstControl(itemId) !== null,
          () => {
            const n = itemCount(list);
            listSaid(`${itemTitleOf(list, registry.rootSchema as Json)} added: item ${n} of ${n}.`);
            focusOn(firstControl(itemId));
          },
        );
      }}
    >
      Add
    </button>
  );
}

export const buttonTemplates = {
  AddButton,
  CopyButton: textButton('Copy'),
  MoveUpButton: textButton('Move up'),
  MoveDownButton: textButton('Move down'),
  RemoveButton: textButton('Remove', 'remove'),
};

/** An item's Move up, Move down and Remove, named by the item, each leaving the focus in the list. */
export function ItemButtons(props: ArrayFieldItemButtonsTemplateProps): ReactElement {
  const { disabled, hasMoveDown, hasMoveUp, hasRemove, fieldPathId, index, totalItems, onRemoveItem, onMoveDownItem, onMoveUpItem, readonly, registry, uiSchema } = props;
  const { MoveDownButton, MoveUpButton, RemoveButton } = registry.templates.ButtonTemplates;
  const which = `item ${index + 1} of ${totalItems}`;
  const list = listOf(fieldPathId.$id);
  const title = itemTitleOf(list, registry.rootSchema as Json);
  // The touched marks follow their items (issue-store.ts relist): kept by path, a removed item's
  // marks went to the item that took its place, its untyped fields saying "is required".
  const issues = (registry.formContext as FormContext | undefined)?.issues;
  const listPath = fieldPathId.path.slice(0, -1).join('.');
  useListRegion();

  /** After a move: the same button on the item's new place, or its other move button at an end. */
  const moved = (by: -1 | 1, act: (e?: unknown) => void, pressed: 'moveUp' | 'moveDown') => (e: MouseEvent<HTMLButtonElement>) => {
    const button = e.currentTarget; // the item's own button: its node moves with the item
    issues?.relist(listPath, (i) => (i === index ? index + by : i === index + by ? index : i));
    act(e);
    const to = `${list}_${index + by}`;
    const other = pressed === 'moveUp' ? 'moveDown' : 'moveUp';
    // Drawn once the pressed button carries the id of the item's new place.
    once(
      () => button.id === buttonId(to, pressed),
      () => {
        listSaid(`${title} moved ${by < 0 ? 'up' : 'down'}: now item ${index + by + 1} of ${totalItems}.`);
        focusOn(usable(button.id) ?? usable(buttonId(to, other)));
      },
    );
  };

  const removed = (e: MouseEvent<HTMLButtonElement>) => {
    const button = e.currentTarget; // gone with its item once the list is drawn again
    issues?.relist(listPath, (i) => (i < index ? i : i === index ? undefined : i - 1));
    onRemoveItem(e);
    once(
      () => !button.isConnected,
      () => {
        const left = itemCount(list);
        listSaid(`${title} ${index + 1} of ${totalItems} removed: ${left === 0 ? 'none' : left} left.`);
        if (left === 0) return focusOn(usable(buttonId(list, 'add')));
        focusOn(firstControl(`${list}_${Math.min(index, left - 1)}`));
      },
    );
  };

  return (
    <>
      {(hasMoveUp || hasMoveDown) && (
        <MoveUpButton
          id={buttonId(fieldPathId, 'moveUp')}
          className="rjsf-array-item-move-up"
          title={`Move up ${which}`}
          disabled={disabled || readonly || !hasMoveUp}
          onClick={moved(-1, onMoveUpItem, 'moveUp')}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
      {(hasMoveUp || hasMoveDown) && (
        <MoveDownButton
          id={buttonId(fieldPathId, 'moveDown')}
          className="rjsf-array-item-move-down"
          title={`Move down ${which}`}
          disabled={disabled || readonly || !hasMoveDown}
          onClick={moved(1, onMoveDownItem, 'moveDown')}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
      {hasRemove && (
        <RemoveButton
          id={buttonId(fieldPathId, 'remove')}
          className="rjsf-array-item-remove"
          title={`Remove ${which}`}
          disabled={disabled || readonly}
          onClick={removed}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
    </>
  );
}

const CoreItem = getDefaultRegistry().templates.ArrayFieldItemTemplate;

/**
 * A list's item, the library's, in a group named as a person says it: its list's item title, its
 * place and what it holds ("Labor period 2: Rivera Farms", schema.ts itemLabel), said as the focus
 * enters it; an item of fields is named so by its own fieldset's legend, seen as well as heard. It was "Item 2 of 3", which says neither which list nor which item (review, round r59).
 * The item's value is the one the library hands the item's field (its child's `formData`), so the
 * name follows what is typed into the item without the whole case reaching every item.
 */
export function ItemTemplate(props: ArrayFieldItemTemplateProps): ReactElement {
  const value = isValidElement<{ formData?: unknown }>(props.children) ? props.children.props.formData : undefined;
  // An item of fields is a fieldset whose legend says the same words (not-printed-group.tsx
  // ObjectFieldTemplate): a group around it of the same name was said twice on the way in.
  const headed = props.schema.type === 'object' && typeof props.schema.title === 'string';
  if (headed) return <div className="list-item"><CoreItem {...props} /></div>;
  return (
    <div role="group" aria-label={itemLabel(props.schema as Json, props.index, value ?? null)} className="list-item">
      <CoreItem {...props} />
    </div>
  );
}
