package io.github.verbatim.context.place;

/** How a place was stated. */
public enum PlaceKind {
    /** The venue or location of a speech event, stated in a sentence ("at NATO headquarters in Brussels"). */
    VENUE,
    /** The dateline opening a wire report ("BRUSSELS (Reuters) —"), a fallback for the whole article. */
    DATELINE
}
