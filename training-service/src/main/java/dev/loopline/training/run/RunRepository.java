package dev.loopline.training.run;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores runs in {@code training.run} and their status changes in
 * {@code training.run_transition}; JSON columns hold parameters, snapshot and metrics.
 */
@Repository
public class RunRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RunRowMapper mapper;

	RunRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.mapper = new RunRowMapper(json);
	}

	void insert(UUID id, RunRequest request, int specVersion, RunState status, Instant at,
			@Nullable String skipReason) {
		this.jdbc.sql("""
				insert into run (id, model, spec_version, trigger, requested_by, correlation_id, alert_id, reason,
				                 overrides, status, queued_at, finished_at, skip_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
			.params(id, request.model(), specVersion, request.trigger().name(), request.requestedBy(),
					request.correlationId(), request.alertId(), request.reason(), write(request.overrides()),
					status.name(), ts(at), (status == RunState.SKIPPED) ? ts(at) : null, skipReason)
			.update();
		transition(id, status, at);
	}

	void transition(UUID id, RunState status, Instant at) {
		this.jdbc.sql("insert into run_transition (run_id, status, at) values (?, ?, ?)")
			.params(id, status.name(), ts(at))
			.update();
	}

	/**
	 * Locks the model's run bookkeeping until the transaction ends, so two triggers of
	 * one model decide one after the other.
	 */
	void lockModel(String model) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('run:' || ?))").param(model).query().singleRow();
	}

	Optional<Instant> lastStart(String model) {
		return this.jdbc.sql("select max(started_at) from run where model = ?")
			.param(model)
			.query((row, n) -> RunRowMapper.instant(row.getTimestamp(1)))
			.optional()
			.filter((at) -> at != null);
	}

	boolean hasQueued(String model) {
		return this.jdbc.sql("select exists (select 1 from run where model = ? and status = 'QUEUED')")
			.param(model)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Tells whether a run of the model is queued or running, or started within the
	 * cooldown.
	 */
	public boolean activeOrCoolingDown(String model, Instant now, Duration cooldown) {
		return this.jdbc.sql("""
				select exists (select 1 from run where model = ?
				  and (status in ('QUEUED', 'RUNNING') or started_at > ?))""")
			.params(model, ts(now.minus(cooldown)))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Returns the offline-store sequence watermark of the model's latest run that read a
	 * training set.
	 */
	public Optional<Long> lastWatermark(String model) {
		return this.jdbc.sql("""
				select (data_snapshot ->> 'sequenceWatermark')::bigint from run
				where model = ? and data_snapshot ->> 'sequenceWatermark' is not null
				order by started_at desc limit 1""").param(model).query(Long.class).optional();
	}

	/**
	 * Marks the oldest queued run of a model without a running run as running. Two
	 * workers never take the same row ({@code SKIP LOCKED}); should they take two runs of
	 * one model at once, the unique index {@code run_one_running} refuses the second.
	 */
	public Optional<UUID> claimNext(Instant now) {
		Optional<UUID> id = this.jdbc.sql("""
				update run set status = 'RUNNING', started_at = ?, phase = 'FETCH', progress = 0
				where id = (select r.id from run r where r.status = 'QUEUED'
				              and not exists (select 1 from run x where x.model = r.model and x.status = 'RUNNING')
				            order by r.queued_at, r.id limit 1 for update skip locked)
				returning id""").param(ts(now)).query(UUID.class).optional();
		id.ifPresent((run) -> transition(run, RunState.RUNNING, now));
		return id;
	}

	public void progress(UUID id, Phase phase, double progress) {
		this.jdbc.sql("update run set phase = ?, progress = ? where id = ?")
			.params(phase.name(), progress, id)
			.update();
	}

	/**
	 * Ends a running run. Returns false when it is not running any more.
	 */
	public boolean finish(UUID id, RunState status, Instant at, RunResult result, @Nullable String failureReason) {
		int updated = this.jdbc
			.sql("""
					update run set status = ?, finished_at = ?, progress = case when ? = 'SUCCEEDED' then 1 else progress end,
					  params = ?::jsonb, data_snapshot = ?::jsonb, metrics = ?::jsonb, champion_metrics = ?::jsonb,
					  champion_version = ?, fairness = ?::jsonb, phase_durations = ?::jsonb, failure_reason = ?,
					  artifact_id = ?, artifact_sha256 = ?
					where id = ? and status = 'RUNNING'""")
			.params(status.name(), ts(at), status.name(), write(result.params()), write(result.dataSnapshot()),
					write(result.metrics()), write(result.championMetrics()), result.championVersion(),
					write(result.fairness()), write(result.phaseDurations()), failureReason, result.artifactId(),
					result.artifactSha256(), id)
			.update();
		if (updated == 1) {
			transition(id, status, at);
		}
		return updated == 1;
	}

	boolean cancelQueued(UUID id, Instant at) {
		int updated = this.jdbc
			.sql("update run set status = 'FAILED', finished_at = ?, failure_reason = 'cancelled' "
					+ "where id = ? and status = 'QUEUED'")
			.params(ts(at), id)
			.update();
		if (updated == 1) {
			transition(id, RunState.FAILED, at);
		}
		return updated == 1;
	}

	public List<UUID> running() {
		return this.jdbc.sql("select id from run where status = 'RUNNING'").query(UUID.class).list();
	}

	public long queueSize() {
		return this.jdbc.sql("select count(*) from run where status = 'QUEUED'").query(Long.class).single();
	}

	public Optional<Run> find(UUID id) {
		return this.jdbc.sql("select * from run where id = ?")
			.param(id)
			.query(this.mapper)
			.optional()
			.map((run) -> run
				.withTransitions(this.jdbc.sql("select status, at from run_transition where run_id = ? order by seq")
					.param(id)
					.query((row, n) -> new Run.Transition(RunState.valueOf(row.getString(1)),
							RunRowMapper.instant(row.getTimestamp(2))))
					.list()));
	}

	List<Run> page(@Nullable String model, @Nullable RunState status, int page, int size) {
		return this.jdbc
			.sql("""
					select * from run where (cast(? as text) is null or model = ?) and (cast(? as text) is null or status = ?)
					order by queued_at desc, id limit ? offset ?""")
			.params(model, model, name(status), name(status), size, (long) page * size)
			.query(this.mapper)
			.list();
	}

	private @Nullable String write(@Nullable Object value) {
		return (value != null) ? this.json.writeValueAsString(value) : null;
	}

	private static @Nullable String name(@Nullable RunState status) {
		return (status != null) ? status.name() : null;
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

}
