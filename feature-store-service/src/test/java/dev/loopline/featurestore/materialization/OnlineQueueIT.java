package dev.loopline.featurestore.materialization;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online outbox on the real database: the refresher reads due entities before it
 * computes and takes only those no append marked again meanwhile, so a mark made during a
 * refresh is never lost.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class OnlineQueueIT {

	@Autowired
	OnlineQueue queue;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void keepsEntityDueWhenMarkedAgainWhileItsRowsWereComputed() {
		this.queue.mark("queue-a", List.of("c-1", "c-2"));
		List<OnlineQueue.Due> read = this.queue.due(1000)
			.stream()
			.filter((due) -> due.dataset().equals("queue-a"))
			.toList();
		this.queue.mark("queue-a", List.of("c-2"));
		Map<String, Set<String>> taken = this.queue.take(read);
		assertThat(taken).containsExactly(Map.entry("queue-a", Set.of("c-1")));
		assertThat(this.jdbc.queryForList("select entity_id from features.online_pending where dataset = 'queue-a'",
				String.class))
			.containsExactly("c-2");
	}

	@Test
	void takesEachVersionOnce() {
		this.queue.mark("queue-b", List.of("c-1"));
		List<OnlineQueue.Due> read = this.queue.due(1000)
			.stream()
			.filter((due) -> due.dataset().equals("queue-b"))
			.toList();
		assertThat(this.queue.take(read)).containsExactly(Map.entry("queue-b", Set.of("c-1")));
		assertThat(this.queue.take(read)).isEmpty();
	}

}
