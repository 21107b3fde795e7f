package dev.loopline.servicekit.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import dev.loopline.servicekit.problem.ProblemProperties;
import dev.loopline.servicekit.problem.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body size limit: requests get {@code max-request-size}, file uploads (CSV,
 * multipart) the larger {@code max-upload-size}.
 */
class RequestSizeLimitFilterTests {

	private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(10, 100,
			new Problems(new ProblemProperties("/problems/"), JsonMapper.builder().build()));

	@Test
	void recognisesUploadsByContentType() {
		assertThat(RequestSizeLimitFilter.isUpload("text/csv")).isTrue();
		assertThat(RequestSizeLimitFilter.isUpload("text/csv; charset=UTF-8")).isTrue();
		assertThat(RequestSizeLimitFilter.isUpload("multipart/form-data; boundary=x")).isTrue();
		assertThat(RequestSizeLimitFilter.isUpload("application/json")).isFalse();
		assertThat(RequestSizeLimitFilter.isUpload("application/x-ndjson")).isFalse();
		assertThat(RequestSizeLimitFilter.isUpload(null)).isFalse();
	}

	@Test
	void rejectsJsonBodyAboveTheRequestLimit() throws Exception {
		MockHttpServletResponse response = run("application/json", 50);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("max-request-size");
	}

	@Test
	void letsCsvUploadAboveTheRequestLimitThrough() throws Exception {
		assertThat(run("text/csv", 50).getStatus()).isEqualTo(200);
	}

	@Test
	void givesConfiguredContentTypesTheUploadLimit() throws Exception {
		RequestSizeLimitFilter bundles = new RequestSizeLimitFilter(10, 100,
				new Problems(new ProblemProperties("/problems/"), JsonMapper.builder().build()),
				List.of("text/csv", "application/octet-stream"));
		MockHttpServletResponse accepted = new MockHttpServletResponse();
		bundles.doFilter(request("application/octet-stream", 50), accepted, new MockFilterChain());
		MockHttpServletResponse tooLarge = new MockHttpServletResponse();
		bundles.doFilter(request("application/octet-stream", 150), tooLarge, new MockFilterChain());
		assertThat(accepted.getStatus()).isEqualTo(200);
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertThat(run("application/octet-stream", 50).getStatus()).isEqualTo(413);
	}

	@Test
	void rejectsCsvUploadAboveTheUploadLimit() throws Exception {
		MockHttpServletResponse response = run("text/csv", 150);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("max-upload-size");
	}

	@Test
	void stopsAStreamedUploadThatGrowsPastTheUploadLimit() throws Exception {
		// a chunked body: no declared length, so only counting the bytes can stop it
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContentType("text/csv");
		request.setContent(new byte[150]);
		AtomicInteger read = new AtomicInteger();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
					throws IOException, ServletException {
				InputStream in = ((HttpServletRequest) req).getInputStream();
				while (in.read() >= 0) {
					read.incrementAndGet();
				}
			}
		});
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(read.get()).isEqualTo(100);
	}

	private MockHttpServletResponse run(String contentType, int bytes) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request(contentType, bytes), response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String contentType, int bytes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
		request.setContentType(contentType);
		request.setContent(new byte[bytes]);
		return request;
	}

}
