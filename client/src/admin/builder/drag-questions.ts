// Dragging questions to a new place, with Pragmatic drag and drop (Atlassian's, framework-free): a card is dragged
// by its handle and dropped before or after another card (by which half the pointer is over), or into a section.
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { draggable, dropTargetForElements, monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import type { QuestionAt } from '#shared/authoring/draft-edits.ts';

type Place = { section: number; index: number };
const isPlace = (data: Record<string | symbol, unknown>): data is Place & Record<string, unknown> =>
  typeof data.section === 'number' && typeof data.index === 'number';

/** Makes a card draggable by its handle and a place to drop on; returns what undoes it. */
export function dragCard(card: HTMLElement, handle: HTMLElement, at: () => QuestionAt): () => void {
  return combine(
    draggable({ element: card, dragHandle: handle, getInitialData: () => ({ ...at() }) }),
    dropTargetForElements({
      element: card,
      getData: ({ input }) => {
        const box = card.getBoundingClientRect();
        const after = input.clientY > box.top + box.height / 2;
        return { section: at().section, index: at().index + (after ? 1 : 0) };
      },
    }),
  );
}

/** An empty section (or a section's end) as a place to drop on. */
export function dropIntoSection(element: HTMLElement, place: () => Place): () => void {
  return dropTargetForElements({ element, getData: () => ({ ...place() }) });
}

/** Calls `move` with where a dropped card goes, counted as in the draft without it (moveQuestion's terms). */
export function watchDrops(move: (from: QuestionAt, to: QuestionAt) => void): () => void {
  return monitorForElements({
    onDrop: ({ source, location }) => {
      const target = location.current.dropTargets[0]?.data;
      if (!target || !isPlace(source.data) || !isPlace(target)) return;
      const from = { section: source.data.section, index: source.data.index };
      const sameSection = from.section === target.section;
      const to = { section: target.section, index: sameSection && target.index > from.index ? target.index - 1 : target.index };
      if (to.section !== from.section || to.index !== from.index) move(from, to);
    },
  });
}
