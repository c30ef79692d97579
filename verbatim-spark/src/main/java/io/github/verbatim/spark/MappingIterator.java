package io.github.verbatim.spark;

import java.util.Iterator;
import java.util.function.Function;

/** A lazy view of an iterator through a function, so a partition is processed one record at a time. */
final class MappingIterator<A, B> implements Iterator<B> {

    private final Iterator<A> source;
    private final Function<A, B> mapping;

    MappingIterator(Iterator<A> source, Function<A, B> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public B next() {
        return mapping.apply(source.next());
    }
}
