package dev.loopline.monitoring.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.loopline.features.profile.FeatureProfile;
import dev.loopline.models.Task;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The champions' references: kept in table {@code model_reference} so they survive a
 * restart, and cached in memory because every validated record and label reads them.
 */
@Component
public class References {

	private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Map<String, ModelReference> cache = new ConcurrentHashMap<>();

	References(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.jdbc.query("select * from model_reference", this::row).forEach((r) -> this.cache.put(r.model(), r));
	}

	/** The reference of a model's champion, if known. */
	public Optional<ModelReference> of(String model) {
		return Optional.ofNullable(this.cache.get(model));
	}

	/** The references of the champions reading a dataset. */
	public List<ModelReference> forDataset(String dataset) {
		return this.cache.values().stream().filter((r) -> r.dataset().equals(dataset)).toList();
	}

	/** Every champion's reference. */
	public List<ModelReference> all() {
		return List.copyOf(this.cache.values());
	}

	void save(ModelReference reference) {
		this.jdbc.update("""
				insert into model_reference (model_name, version, dataset, label_field, task, artifact_id, profile,
				    metrics, promoted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (model_name) do update set version = excluded.version, dataset = excluded.dataset,
				    label_field = excluded.label_field, task = excluded.task, artifact_id = excluded.artifact_id,
				    profile = excluded.profile, metrics = excluded.metrics, promoted_at = excluded.promoted_at
				""", reference.model(), reference.version(), reference.dataset(), reference.labelField(),
				reference.task().id(), reference.artifactId(), reference.profile().toJson(),
				this.json.writeValueAsString(reference.metrics()), Timestamp.from(reference.promotedAt()));
		this.cache.put(reference.model(), reference);
	}

	private ModelReference row(ResultSet rs, int row) throws SQLException {
		return new ModelReference(rs.getString("model_name"), rs.getInt("version"), rs.getString("dataset"),
				rs.getString("label_field"), Task.of(rs.getString("task")), rs.getString("artifact_id"),
				FeatureProfile.fromJson(rs.getString("profile")), this.json.readValue(rs.getString("metrics"), METRICS),
				rs.getTimestamp("promoted_at").toInstant());
	}

}
