package dev.loopline.registry.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging.PageRequest;
import dev.loopline.registry.web.Tags;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code registered_model} table, with each model's latest version and aliases.
 */
@Repository
public class ModelRepository {

	private static final String SELECT = """
			select m.name, m.description, m.tags::text,
			       (select max(v.version) from model_version v where v.name = m.name) as latest,
			       (select coalesce(jsonb_object_agg(a.alias, a.version), '{}'::jsonb)::text
			          from model_alias a where a.name = m.name) as aliases,
			       m.created_at, m.updated_at
			from registered_model m
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ModelRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Registers a model unless it exists.
	 * @return whether it was created
	 */
	public boolean create(String name, @Nullable String description, Map<String, String> tags) {
		return this.jdbc.sql(
				"insert into registered_model (name, description, tags) values (?, ?, ?::jsonb) on conflict do nothing")
			.params(name, description, this.json.writeValueAsString(tags))
			.update() > 0;
	}

	public Optional<RegisteredModel> find(String name) {
		return this.jdbc.sql(SELECT + " where m.name = ?").param(name).query(this::map).optional();
	}

	public RegisteredModel require(String name) {
		return find(name).orElseThrow(() -> new NotFoundException("model", name));
	}

	/**
	 * Locks a model's row until the transaction ends, so version numbers and alias moves
	 * of one model are serialized.
	 */
	public void lock(String name) {
		this.jdbc.sql("select name from registered_model where name = ? for update")
			.param(name)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("model", name));
	}

	public Page<RegisteredModel> search(@Nullable String nameLike, @Nullable Tags tag, PageRequest page) {
		String where = " where (?::text is null or m.name ilike ?) and (?::jsonb is null or m.tags @> ?::jsonb)";
		String pattern = (nameLike != null) ? "%" + nameLike.replace("%", "\\%").replace("_", "\\_") + "%" : null;
		String tags = (tag != null) ? this.json.writeValueAsString(tag.asMap()) : null;
		List<RegisteredModel> items = this.jdbc.sql(SELECT + where + " order by m.name limit ? offset ?")
			.params(pattern, pattern, tags, tags, page.size(), page.offset())
			.query(this::map)
			.list();
		long total = this.jdbc.sql("select count(*) from registered_model m" + where)
			.params(pattern, pattern, tags, tags)
			.query(Long.class)
			.single();
		return new Page<>(items, page.page(), page.size(), total);
	}

	public void describe(String name, @Nullable String description) {
		this.jdbc.sql("update registered_model set description = ?, updated_at = now() where name = ?")
			.params(description, name)
			.update();
	}

	public void setTag(String name, String key, String value) {
		this.jdbc
			.sql("update registered_model set tags = tags || jsonb_build_object(?::text, ?::text), updated_at = now() "
					+ "where name = ?")
			.params(key, value, name)
			.update();
	}

	public void removeTag(String name, String key) {
		this.jdbc.sql("update registered_model set tags = tags - ?::text, updated_at = now() where name = ?")
			.params(key, name)
			.update();
	}

	public void delete(String name) {
		this.jdbc.sql("delete from registered_model where name = ?").param(name).update();
	}

	private RegisteredModel map(ResultSet rs, int row) throws SQLException {
		Integer latest = rs.getObject("latest", Integer.class);
		return new RegisteredModel(rs.getString("name"), rs.getString("description"),
				this.json.readValue(rs.getString("tags"), new TypeReference<Map<String, String>>() {
				}), latest, this.json.readValue(rs.getString("aliases"), new TypeReference<Map<String, Integer>>() {
				}), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
