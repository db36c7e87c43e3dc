package io.salescrm.pipeline.leadimport.job;

/** A CSV row that cannot become a lead: the column (header name or number) and why. */
public class RowRejectedException extends RuntimeException {

    private final String column;

    public RowRejectedException(String column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
