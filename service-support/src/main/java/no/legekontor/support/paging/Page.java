package no.legekontor.support.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint answers it.
 *
 * @param items the page's items
 * @param total how many items the whole list has
 * @param page  zero-based page number
 * @param size  the page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
