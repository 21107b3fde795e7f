package dev.loopline.monitoring.alert;

import dev.loopline.servicekit.problem.NotFoundException;

/**
 * No alert with this id: 404 {@code alert-not-found}.
 */
class AlertNotFoundException extends NotFoundException {

	AlertNotFoundException(Object id) {
		super("alert", id);
	}

}
