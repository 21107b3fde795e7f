package dev.loopline.registry.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once there are more than the limit. The failure is an
 * {@link IOException} (what a JDBC driver reading the stream expects), and
 * {@link #exceeded()} tells the caller afterwards that it was the limit.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	private boolean exceeded;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			add(n);
		}
		return n;
	}

	long count() {
		return this.count;
	}

	boolean exceeded() {
		return this.exceeded;
	}

	private void add(int n) throws IOException {
		this.count += n;
		if (this.count > this.limit) {
			this.exceeded = true;
			throw new IOException("Artifact longer than " + this.limit + " bytes");
		}
	}

}
