package dev.loopline.registry.promotion;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code model_alias} table: alias → version, one row per model and alias.
 */
@Repository
class AliasRepository {

	private final JdbcClient jdbc;

	AliasRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Integer> get(String name, String alias) {
		return this.jdbc.sql("select version from model_alias where name = ? and alias = ?")
			.params(name, alias)
			.query(Integer.class)
			.optional();
	}

	void set(String name, String alias, int version) {
		this.jdbc.sql("""
				insert into model_alias (name, alias, version) values (?, ?, ?)
				on conflict (name, alias) do update set version = excluded.version, updated_at = now()""")
			.params(name, alias, version)
			.update();
	}

	boolean remove(String name, String alias) {
		return this.jdbc.sql("delete from model_alias where name = ? and alias = ?").params(name, alias).update() > 0;
	}

	void removeAll(String name, int version) {
		this.jdbc.sql("delete from model_alias where name = ? and version = ?").params(name, version).update();
	}

}
