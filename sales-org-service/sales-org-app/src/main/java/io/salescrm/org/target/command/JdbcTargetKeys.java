package io.salescrm.org.target.command;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.Optional;

/**
 * {@link TargetKeys} in the relational table {@code target_keys} (migration V40) of the event store's database,
 * joining the transaction of the command being handled.
 */
@Component
public class JdbcTargetKeys implements TargetKeys {

    private final JdbcTemplate jdbc;

    public JdbcTargetKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> holder(TargetKey key) {
        return jdbc.queryForList("SELECT target_id FROM target_keys WHERE subject_type = ? AND subject_id = ? "
                        + "AND period_type = ? AND period_start = ? AND measure = ?", String.class,
                key.subject().type().name(), key.subject().id(), key.period().type().name(),
                Date.valueOf(key.period().start()), key.measure().name()).stream().findFirst();
    }

    @Override
    public void claim(TargetKey key, String targetId) {
        Optional<String> holder = holder(key);
        if (holder.isPresent()) {
            if (holder.get().equals(targetId)) {
                return;
            }
            throw taken(key, holder.get());
        }
        try {
            jdbc.update("INSERT INTO target_keys (subject_type, subject_id, period_type, period_start, measure, target_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    key.subject().type().name(), key.subject().id(), key.period().type().name(),
                    Date.valueOf(key.period().start()), key.measure().name(), targetId);
        } catch (DuplicateKeyException concurrent) {
            throw taken(key, null);
        }
    }

    @Override
    public void release(TargetKey key, String targetId) {
        jdbc.update("DELETE FROM target_keys WHERE subject_type = ? AND subject_id = ? AND period_type = ? "
                        + "AND period_start = ? AND measure = ? AND target_id = ?",
                key.subject().type().name(), key.subject().id(), key.period().type().name(),
                Date.valueOf(key.period().start()), key.measure().name(), targetId);
    }

    static TargetConflictException taken(TargetKey key, String holder) {
        return new TargetConflictException("target-exists", key.describe() + " already has an active target"
                + (holder != null ? " " + holder : "") + "; revise that one instead.", holder);
    }
}
