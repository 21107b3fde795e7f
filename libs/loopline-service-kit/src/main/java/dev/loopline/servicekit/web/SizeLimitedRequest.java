package dev.loopline.servicekit.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

import dev.loopline.servicekit.problem.PayloadTooLargeException;

/**
 * A request whose body stream counts the bytes read and throws once more than the limit
 * has been read. Multipart parts and form parameters are parsed by the container from its
 * own stream, so they are bounded by Boot's multipart limits instead.
 */
class SizeLimitedRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	private final Supplier<PayloadTooLargeException> tooLarge;

	private @Nullable ServletInputStream stream;

	SizeLimitedRequest(HttpServletRequest request, long maxBytes, Supplier<PayloadTooLargeException> tooLarge) {
		super(request);
		this.maxBytes = maxBytes;
		this.tooLarge = tooLarge;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new CountingStream(super.getInputStream());
		}
		return this.stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	private final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private long count;

		CountingStream(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.count += n;
			if (this.count > SizeLimitedRequest.this.maxBytes) {
				throw SizeLimitedRequest.this.tooLarge.get();
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
