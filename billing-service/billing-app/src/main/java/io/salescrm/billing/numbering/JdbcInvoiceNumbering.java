package io.salescrm.billing.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * {@link InvoiceNumbering} on table {@code invoice_number_counters} (migration V120) in the event store's database.
 * The JdbcTemplate joins the transaction Axon opened for the command, the same one its JDBC storage engine
 * appends the events in.
 */
@Component
public class JdbcInvoiceNumbering implements InvoiceNumbering {

    private static final String INCREMENT = "UPDATE invoice_number_counters SET last_number = last_number + 1 WHERE counter_year = ?";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public JdbcInvoiceNumbering(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName"));
    }

    @Override
    public String next(int year) {
        // The UPDATE takes the year's row lock until commit or rollback: concurrent issuers queue behind it.
        if (jdbc.update(INCREMENT, year) == 0) {
            createCounter(year);
            jdbc.update(INCREMENT, year);
        }
        Long last = jdbc.queryForObject("SELECT last_number FROM invoice_number_counters WHERE counter_year = ?", Long.class, year);
        return format(year, last);
    }

    /**
     * The first issue of a year creates its counter at 0. When two race, one insert meets the primary key: PostgreSQL
     * skips it (an error would abort the whole transaction there), H2 reports it and the transaction goes on.
     */
    private void createCounter(int year) {
        if (postgres) {
            jdbc.update("INSERT INTO invoice_number_counters (counter_year, last_number) VALUES (?, 0) "
                    + "ON CONFLICT (counter_year) DO NOTHING", year);
            return;
        }
        try {
            jdbc.update("INSERT INTO invoice_number_counters (counter_year, last_number) VALUES (?, 0)", year);
        } catch (DuplicateKeyException createdByAnotherIssue) {
            // the other transaction's row is there now; the increment that follows waits for its lock
        }
    }

    /** {@code 2026-000123}: the year and the sequence within it, zero-padded to six digits (more when needed). */
    public static String format(int year, long sequence) {
        return String.format("%d-%06d", year, sequence);
    }
}
