package io.github.verbatim.context.gazetteer;

/** What a gazetteer name denotes. */
public enum GazetteerKind {
    /** A country or territory name or alias ("China", "U.S."). */
    COUNTRY,
    /** A national capital, a metonym for its country's government ("Beijing"). */
    CAPITAL,
    /** A demonym or nationality adjective ("Chinese", "American"). */
    DEMONYM,
    /** A building or place standing for a government body ("the Kremlin"). */
    INSTITUTION
}
