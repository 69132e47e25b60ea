package no.legekontor.support.paging;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * One page of entities and the list's total in one query ({@code count(*) over ()}), instead of a
 * page query plus a count query: list endpoints are the hottest reads, and the second round trip
 * cost as much as the page itself. Only a page past the end needs a separate count. The page's
 * entities are loaded read-only: a page is shown, never changed, so Hibernate keeps no snapshot of
 * them and does not dirty-check them when the transaction (or a later statement) flushes.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * @param from    the table with the alias {@code e}, e.g. {@code conversation e}
     * @param where   an SQL condition on {@code e} with named parameters
     * @param orderBy an SQL order, e.g. {@code e.created_at desc, e.id}
     */
    @SuppressWarnings("unchecked")
    public static <T> Page<T> page(EntityManager em, Class<T> type, String from, String where, String orderBy,
            Map<String, Object> params, PageRequest paging) {
        NativeQuery<Object[]> query = em.createNativeQuery(
                        "select {e.*}, count(*) over () as total from " + from + " where " + where
                                + " order by " + orderBy + " limit :limit offset :offset")
                .unwrap(NativeQuery.class)
                .addEntity("e", type)
                .addScalar("total", StandardBasicTypes.LONG)
                .setReadOnly(true);
        params.forEach(query::setParameter);
        query.setParameter("limit", paging.size);
        query.setParameter("offset", paging.offset());
        List<Object[]> rows = query.getResultList();
        List<T> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(type.cast(row[0]));
        }
        long total = rows.isEmpty() ? count(em, from, where, params) : (Long) rows.get(0)[1];
        return new Page<>(items, total, paging.page, paging.size);
    }

    private static long count(EntityManager em, String from, String where, Map<String, Object> params) {
        var query = em.createNativeQuery("select count(*) from " + from + " where " + where);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }
}
