package dev.loopline.registry.web;

import java.util.List;

/**
 * One page of a list endpoint's answer.
 *
 * @param items the items on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param total the number of items over all pages
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

}
