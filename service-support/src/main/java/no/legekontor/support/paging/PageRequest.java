package no.legekontor.support.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint ({@code @BeanParam}).
 * Pages start at 0; a page holds at most 100 items.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;

    /** Rows before this page; a long, since page × size of two ints can overflow an int. */
    public long offset() {
        return (long) page * size;
    }
}
