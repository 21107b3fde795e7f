package dev.loopline.serving.deployment;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.loopline.servicekit.http.RemoteServiceException;
import dev.loopline.serving.config.ServingProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

/**
 * Background retries of loads that failed because the registry could not answer
 * (unreachable, 5xx): {@code loopline.serving.load-retries} times, waiting
 * {@code bootstrap-retry} × the attempt number. A wrong SHA-256, an unreadable bundle or
 * a 4xx is final: retrying would give the same answer.
 */
@Component
class LoadRetries implements DisposableBean {

	private final ServingProperties properties;

	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("serving-load-retry-"));

	LoadRetries(ServingProperties properties) {
		this.properties = properties;
	}

	boolean transientFailure(RuntimeException failure) {
		return failure instanceof ResourceAccessException
				|| (failure instanceof RemoteServiceException remote && remote.status() >= 500);
	}

	boolean allows(int attempt) {
		return attempt <= this.properties.loadRetries();
	}

	void schedule(int attempt, Runnable retry) {
		this.executor.schedule(retry, this.properties.bootstrapRetry().toMillis() * attempt, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
