package io.github.verbatim.context;

import io.github.verbatim.context.place.Place;
import io.github.verbatim.context.time.ResolvedTime;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.TimeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Converts the context stages' UTF-16 results into the output contract's code point records
 * ({@link TimeRef}, {@link PlaceRef}, {@link EntityRef}). Static helpers only.
 */
public final class ContractMapper {

    private ContractMapper() {
    }

    /** The contract form of a statement's time, or null. */
    public static TimeRef time(ResolvedTime t, CodePointIndex index) {
        if (t == null) {
            return null;
        }
        return new TimeRef(t.text(), t.span() == null ? null : t.span().toSpan(index), t.start(), t.end(),
                t.precision().name().toLowerCase(Locale.ROOT), t.source().name().toLowerCase(Locale.ROOT),
                t.resolved());
    }

    /** The contract form of a statement's place, or null. */
    public static PlaceRef place(Place p, CodePointIndex index) {
        if (p == null) {
            return null;
        }
        return new PlaceRef(p.text(), p.span().toSpan(index), p.kind().name().toLowerCase(Locale.ROOT));
    }

    /** The contract form of a statement's mentions. */
    public static List<EntityRef> mentions(List<StatementMention> mentions, CodePointIndex index) {
        List<EntityRef> out = new ArrayList<>(mentions.size());
        for (StatementMention m : mentions) {
            out.add(new EntityRef(m.entity().text(), m.entity().span().toSpan(index), m.entity().type().name(),
                    m.entity().normalisedName(), m.speakerId()));
        }
        return out;
    }
}
