package io.github.verbatim.learn;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A token-local feature template: its value depends only on the {@link TokenFacts} of the one token at a
 * fixed {@link #offset()} from the tagged position (or on the boundary facts when that position lies outside
 * the sequence). That property is what lets {@link TokenVectorCache} sum such a template's weights once per
 * distinct token instead of once per position, so a template must be declared token-local only when it truly
 * reads nothing else. Immutable.
 */
final class TokenTemplate {

    private final int id;
    private final int offset;
    private final Set<FeatureGroup> requires;
    private final Predicate<TokenFacts> fires;
    private final ToLongFunction<TokenFacts> value;

    /**
     * @param id       the template id, stable across model versions
     * @param offset   position of the token read, relative to the tagged position
     * @param requires groups that must all be enabled for the template to fire
     * @param fires    whether the template yields a feature for a token
     * @param value    the feature value for a token the template fires on
     */
    TokenTemplate(int id, int offset, Set<FeatureGroup> requires, Predicate<TokenFacts> fires,
            ToLongFunction<TokenFacts> value) {
        this.id = id;
        this.offset = offset;
        this.requires = Set.copyOf(requires);
        this.fires = Objects.requireNonNull(fires, "fires");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** A template that fires on every token. */
    static TokenTemplate always(int id, int offset, Set<FeatureGroup> requires, ToLongFunction<TokenFacts> value) {
        return new TokenTemplate(id, offset, requires, t -> true, value);
    }

    int id() {
        return id;
    }

    int offset() {
        return offset;
    }

    /** True when every group the template requires is in {@code enabled}. */
    boolean enabledBy(Set<FeatureGroup> enabled) {
        return enabled.containsAll(requires);
    }

    boolean fires(TokenFacts token) {
        return fires.test(token);
    }

    long value(TokenFacts token) {
        return value.applyAsLong(token);
    }
}
