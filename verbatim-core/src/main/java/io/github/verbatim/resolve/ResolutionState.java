package io.github.verbatim.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The entities known while resolving one document, indexed for the look-ups the sieves make: by name, by
 * surname, and by mention position for "the latest compatible entity before here". Confined to one run.
 */
final class ResolutionState {

    /** How many earlier mentions a salience search looks at before giving up. */
    private static final int SALIENCE_WINDOW = 400;

    final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final TreeMap<Integer, Entity> byPosition = new TreeMap<>();
    /** The entity of the most recent attribution resolved, or null. */
    Entity lastSpeaker;

    Entity add(Entity e) {
        entities.add(e);
        byName.putIfAbsent(e.name.toLowerCase(Locale.ROOT), e);
        if (e.kind == Entity.Kind.PERSON && e.name.indexOf(' ') > 0) {
            bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
        }
        return e;
    }

    /** Records that the mention starting at {@code start} refers to {@code e}. */
    void mention(Entity e, int start) {
        e.mentions.add(start);
        byPosition.put(start, e);
    }

    Entity byName(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The person whose surname is {@code surname}, the one mentioned last before {@code offset} if several. */
    Entity bySurname(String surname, int offset) {
        return bySurnameLowerCase(surname.toLowerCase(Locale.ROOT), offset);
    }

    /** As {@link #bySurname} for a surname already in lower case ({@link Locale#ROOT}). */
    Entity bySurnameLowerCase(String lowerSurname, int offset) {
        List<Entity> list = bySurname.get(lowerSurname);
        if (list == null) {
            return null;
        }
        Entity best = null;
        int bestPos = Integer.MIN_VALUE;
        for (Entity e : list) {
            int pos = e.lastMentionBefore(offset);
            if (best == null || pos > bestPos) {
                best = e;
                bestPos = pos;
            }
        }
        return best;
    }

    /** Whether some person with a surname (a name of two words or more) is known. */
    boolean hasSurnames() {
        return !bySurname.isEmpty();
    }

    /** The entity mentioned last before {@code offset} that satisfies {@code filter}, or null. */
    Entity mostRecent(int offset, Predicate<Entity> filter) {
        Map.Entry<Integer, Entity> e = byPosition.lowerEntry(offset);
        for (int n = 0; e != null && n < SALIENCE_WINDOW; n++) {
            if (filter.test(e.getValue())) {
                return e.getValue();
            }
            e = byPosition.lowerEntry(e.getKey());
        }
        return null;
    }
}
