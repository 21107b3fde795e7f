package dev.loopline.registry.artifact;

import dev.loopline.servicekit.problem.ServiceUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The download bound: a download beyond it is refused at once with 503 and
 * {@code Retry-After}, counted, and a returned permit (returned once, however often its
 * release runs) lets the next one in.
 */
class DownloadPermitsTest {

	@Test
	void refusesADownloadBeyondTheBoundUntilAPermitIsReturned() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		DownloadPermits permits = new DownloadPermits(2, meters);
		Runnable first = permits.acquire();
		permits.acquire();
		assertThatExceptionOfType(ServiceUnavailableException.class).isThrownBy(permits::acquire)
			.satisfies((refused) -> {
				assertThat(refused.getStatus().value()).isEqualTo(503);
				assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("2");
				assertThat(refused.getDetail()).contains("loopline.registry.max-concurrent-downloads");
			});
		assertThat(meters.counter("loopline.registry.downloads.refused").count()).isEqualTo(1);

		first.run();
		first.run();
		permits.acquire();
		assertThatExceptionOfType(ServiceUnavailableException.class).isThrownBy(permits::acquire);
	}

}
