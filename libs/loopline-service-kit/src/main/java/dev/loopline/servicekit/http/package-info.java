/**
 * Calling another Loopline service's REST API:
 * {@link dev.loopline.servicekit.http.PeerClients} builds a {@code RestClient} with the
 * peer's URL, timeouts, the API key and the current correlation id, and turns an error
 * answer into a {@link dev.loopline.servicekit.http.RemoteServiceException} that carries
 * the problem's detail.
 */
@NullMarked
package dev.loopline.servicekit.http;

import org.jspecify.annotations.NullMarked;
