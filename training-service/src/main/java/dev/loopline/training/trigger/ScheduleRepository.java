package dev.loopline.training.trigger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores each scheduled model's cron and next fire time in
 * {@code training.model_schedule}, so a restart neither loses nor repeats a firing.
 */
@Repository
class ScheduleRepository {

	private final JdbcClient jdbc;

	ScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> cron(String model) {
		return this.jdbc.sql("select cron from model_schedule where model = ?")
			.param(model)
			.query(String.class)
			.optional();
	}

	void upsert(String model, String cron, Instant next) {
		this.jdbc.sql("""
				insert into model_schedule (model, cron, next_fire_at) values (?, ?, ?)
				on conflict (model) do update set cron = excluded.cron, next_fire_at = excluded.next_fire_at""")
			.params(model, cron, Timestamp.from(next))
			.update();
	}

	void delete(String model) {
		this.jdbc.sql("delete from model_schedule where model = ?").param(model).update();
	}

	List<String> due(Instant now) {
		return this.jdbc.sql("select model from model_schedule where next_fire_at <= ? order by next_fire_at")
			.param(Timestamp.from(now))
			.query(String.class)
			.list();
	}

	/**
	 * Locks a due schedule; empty when another instance holds it or it is not due any
	 * more.
	 */
	Optional<Due> lockDue(String model, Instant now) {
		return this.jdbc
			.sql("select cron, next_fire_at from model_schedule where model = ? and next_fire_at <= ? "
					+ "for update skip locked")
			.params(model, Timestamp.from(now))
			.query((row, n) -> new Due(row.getString(1), row.getTimestamp(2).toInstant()))
			.optional();
	}

	/**
	 * A due schedule.
	 *
	 * @param cron the cron expression
	 * @param fireAt the planned fire time
	 */
	record Due(String cron, Instant fireAt) {
	}

}
