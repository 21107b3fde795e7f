package dev.loopline.registry.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging.PageRequest;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code model_version} table. Callers lock the model row first
 * ({@code ModelRepository#lock}), so numbering and status moves of one model never race.
 */
@Repository
public class VersionRepository {

	private static final String SELECT = """
			select v.*, v.metrics::text as metrics_json, v.champion_metrics::text as champion_json,
			       v.fairness::text as fairness_json, v.policy::text as policy_json, v.tags::text as tags_json,
			       v.lineage::text as lineage_json,
			       (select coalesce(jsonb_agg(a.alias order by a.alias), '[]'::jsonb)::text from model_alias a
			          where a.name = v.name and a.version = v.version) as aliases_json
			from model_version v
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	VersionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	int insert(NewVersion version) {
		return this.jdbc.sql("""
				insert into model_version (name, version, status, run_id, artifact_id, artifact_sha256, artifact_size,
				    metrics, champion_metrics, champion_version_compared, fairness, fairness_gap, policy, lineage)
				values (?, (select coalesce(max(version), 0) + 1 from model_version where name = ?), 'REGISTERED',
				    ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb)
				returning version""")
			.params(version.name(), version.name(), version.runId(), version.artifactId(), version.artifactSha256(),
					version.artifactSize(), write(version.metrics()), write(version.championMetrics()),
					version.championVersionCompared(), (version.fairness() != null) ? write(version.fairness()) : null,
					version.fairnessGap(), write(version.policy()), write(version.lineage()))
			.query(Integer.class)
			.single();
	}

	boolean runRegistered(UUID runId) {
		return this.jdbc.sql("select count(*) from model_version where run_id = ?")
			.param(runId)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<ModelVersion> find(String name, int version) {
		return this.jdbc.sql(SELECT + " where v.name = ? and v.version = ?")
			.params(name, version)
			.query(this::map)
			.optional();
	}

	public ModelVersion require(String name, int version) {
		return find(name, version).orElseThrow(() -> new NotFoundException("model-version", name + "/" + version,
				"Model '" + name + "' has no version " + version + "."));
	}

	public Page<ModelVersion> list(String name, @Nullable VersionStatus status, PageRequest page) {
		String where = " where v.name = ? and (?::text is null or v.status = ?)";
		String s = (status != null) ? status.name() : null;
		List<ModelVersion> items = this.jdbc.sql(SELECT + where + " order by v.version desc limit ? offset ?")
			.params(name, s, s, page.size(), page.offset())
			.query(this::map)
			.list();
		long total = this.jdbc.sql("select count(*) from model_version v" + where)
			.params(name, s, s)
			.query(Long.class)
			.single();
		return new Page<>(items, page.page(), page.size(), total);
	}

	Page<ModelVersion> search(VersionQuery query, PageRequest page) {
		List<Object> params = new ArrayList<>();
		String where = query.where(params);
		long total = this.jdbc.sql("select count(*) from model_version v" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(page.size());
		params.add(page.offset());
		List<ModelVersion> items = this.jdbc
			.sql(SELECT + where + " order by v.created_at desc, v.name, v.version desc" + " limit ? offset ?")
			.params(params)
			.query(this::map)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * Sets a version's status; a {@code null} reason keeps the recorded one.
	 */
	public void setStatus(String name, int version, VersionStatus status, @Nullable String reason) {
		this.jdbc.sql("""
				update model_version set status = ?, decision_reason = coalesce(?, decision_reason), updated_at = now(),
				    promoted_at = case when ? = 'CHAMPION' then now() else promoted_at end
				where name = ? and version = ?""").params(status.name(), reason, status.name(), name, version).update();
	}

	/**
	 * The champion before the current one: the most recently promoted version that was
	 * replaced (not rolled back, not rejected).
	 */
	public Optional<Integer> previousChampion(String name) {
		return this.jdbc
			.sql("select version from model_version where name = ? and status = 'ARCHIVED' "
					+ "order by promoted_at desc nulls last, version desc limit 1")
			.param(name)
			.query(Integer.class)
			.optional();
	}

	public void describe(String name, int version, @Nullable String description) {
		this.jdbc.sql("update model_version set description = ?, updated_at = now() where name = ? and version = ?")
			.params(description, name, version)
			.update();
	}

	public void setTag(String name, int version, String key, String value) {
		this.jdbc
			.sql("update model_version set tags = tags || jsonb_build_object(?::text, ?::text), "
					+ "updated_at = now() where name = ? and version = ?")
			.params(key, value, name, version)
			.update();
	}

	public void removeTag(String name, int version, String key) {
		this.jdbc
			.sql("update model_version set tags = tags - ?::text, updated_at = now() where name = ? and version = ?")
			.params(key, name, version)
			.update();
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private <T> T read(String text, TypeReference<T> type) {
		return this.json.readValue(text, type);
	}

	private ModelVersion map(ResultSet rs, int row) throws SQLException {
		String fairness = rs.getString("fairness_json");
		Timestamp promotedAt = rs.getTimestamp("promoted_at");
		return new ModelVersion(rs.getString("name"), rs.getInt("version"),
				VersionStatus.valueOf(rs.getString("status")),
				read(rs.getString("aliases_json"), new TypeReference<List<String>>() {
				}), rs.getString("artifact_id"), rs.getString("artifact_sha256"),
				rs.getObject("artifact_size", Long.class), rs.getObject("run_id", UUID.class),
				read(rs.getString("metrics_json"), new TypeReference<Map<String, Double>>() {
				}), read(rs.getString("champion_json"), new TypeReference<Map<String, Double>>() {
				}), rs.getObject("champion_version_compared", Integer.class),
				(fairness != null) ? this.json.readValue(fairness, FairnessReport.class) : null,
				rs.getObject("fairness_gap", Double.class),
				this.json.readValue(rs.getString("policy_json"), PromotionPolicy.class),
				rs.getString("decision_reason"), rs.getString("description"),
				read(rs.getString("tags_json"), new TypeReference<Map<String, String>>() {
				}), read(rs.getString("lineage_json"), new TypeReference<Map<String, Object>>() {
				}), (promotedAt != null) ? promotedAt.toInstant() : null, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
