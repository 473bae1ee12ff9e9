// Part 7's first sentence and the summary's "The child's wishes:" line: how the recommendations
// stand against the child's expressed wishes, saying only what the case states
// (docs/domain/best-interests-memo.md, "Sections" 8). Split from view.ts by concept; behaviour unchanged.

/**
 * Part 7's opening sentence, saying only what the case states (docs/domain/best-interests-memo.md,
 * "Sections" 8). The child's wishes are free text, so whether the recommendation is what the
 * child wants most is the advocate's answer (`childsChoice`), never inferred from `diverges:
 * false`: that the recommendation "is consistent with the child's expressed wishes" was printed
 * for the child's second choice too, which a decision-maker reads as the child's own wish.
 */
export function divergenceStatement(d: { diverges: boolean; childsChoice: 'first' | 'other' | null }): string {
  if (d.diverges) {
    return d.childsChoice === 'other'
      ? "The advocate's recommendations are an outcome the child named, but not the child's first choice, and depart from the child's expressed wishes, set out in Part 5, for these reasons:"
      : "The advocate's recommendations depart from the child's expressed wishes, set out in Part 5, for these reasons:";
  }
  if (d.childsChoice === 'first') return "The advocate's recommendations are consistent with the child's expressed wishes, set out in Part 5: they are the child's first choice.";
  if (d.childsChoice === 'other') return "The advocate's recommendations do not depart from the child's expressed wishes, set out in Part 5, but they are not the child's first choice: they are another outcome the child named.";
  return "The advocate's recommendations do not depart from the child's expressed wishes, set out in Part 5.";
}

/** Where the summary's line sends the reader, the same in each of its sentences. */
const WISHES_WHERE = "The child's expressed wishes are set out in Part 5, in the child's words where possible,";

/**
 * The summary's "The child's wishes:" line (docs/domain/best-interests-memo.md, "Sections" 8): what
 * Part 7's first sentence says (divergenceStatement), on page 1, whatever the advocate's own summary
 * says, whenever the recommendation is not simply the child's wish. A recommendation of another
 * outcome the child named (`childsChoice: other`) was said to be one in Part 7 alone, so a
 * decision-maker reading page 1 took it for what the child wants most. Null when the case says the
 * recommendation is the child's first choice, or only that it does not depart from the wishes:
 * then the summary has nothing to correct.
 */
export function summaryWishes(d: { diverges: boolean; childsChoice: 'first' | 'other' | null }): string | null {
  if (d.diverges) {
    const what =
      d.childsChoice === 'other'
        ? "These recommendations depart from what the child wants: they are an outcome the child named, but not the child's first choice."
        : 'These recommendations depart from what the child wants.';
    return `${what} ${WISHES_WHERE} and the advocate's reasons for departing from them in Part 7.`;
  }
  if (d.childsChoice === 'other') {
    return (
      "These recommendations do not depart from what the child wants, but they are not the child's first choice: they are another outcome the child named. " +
      `${WISHES_WHERE} and how the recommendations stand against them in Part 7.`
    );
  }
  return null;
}
