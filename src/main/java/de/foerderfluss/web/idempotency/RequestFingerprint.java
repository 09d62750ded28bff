package de.foerderfluss.web.idempotency;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.springframework.http.MediaType;

/**
 * What makes two requests the same: method, address and body, as a SHA-256 hash. A
 * multipart body counts by its parts (name, file name, type, content), so that a client
 * that sends it again with another boundary sends the same request. A plain body is read
 * here once and handed on to the application from memory.
 *
 * @param hash the hash in hex
 * @param request the request to hand on: the same, or one that reads the body from memory
 */
record RequestFingerprint(String hash, HttpServletRequest request) {

	/**
	 * Hashes the request.
	 * @param request the request
	 * @param maxBody the largest plain body read into memory
	 * @return the fingerprint
	 * @throws BodyTooLargeException when a plain body is larger than allowed
	 * @throws IOException when the body cannot be read, such as a multipart body beyond
	 * the upload limit
	 */
	static RequestFingerprint of(HttpServletRequest request, int maxBody) throws IOException {
		return of(request, maxBody, true);
	}

	/**
	 * Hashes a form as a browser sends it: its fields, or for an upload its parts; any
	 * other body is left unread for the application and does not count.
	 * @param request the request
	 * @return the hash in hex
	 * @throws IOException when the body cannot be read, such as an upload beyond the
	 * limit
	 */
	static String ofForm(HttpServletRequest request) throws IOException {
		return of(request, 0, false).hash();
	}

	private static RequestFingerprint of(HttpServletRequest request, int maxBody, boolean readOtherBodies)
			throws IOException {
		MessageDigest digest = sha256();
		update(digest, request.getMethod());
		update(digest, request.getRequestURI());
		update(digest, (request.getQueryString() != null) ? request.getQueryString() : "");
		String contentType = request.getContentType();
		MediaType type = mediaType(contentType);
		update(digest, (type != null) ? type.getType() + "/" + type.getSubtype() : "");
		if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
			try {
				for (Part part : request.getParts()) {
					update(digest, part.getName());
					update(digest, (part.getSubmittedFileName() != null) ? part.getSubmittedFileName() : "");
					update(digest, (part.getContentType() != null) ? part.getContentType() : "");
					try (InputStream content = part.getInputStream()) {
						update(digest, sha256Of(content));
					}
				}
			}
			catch (ServletException | IllegalStateException unreadable) {
				throw new IOException("The multipart body cannot be read", unreadable);
			}
			return new RequestFingerprint(hex(digest), request);
		}
		if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
			// The container reads form fields itself; they count sorted by name.
			Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
			fields.forEach((name, values) -> {
				update(digest, name);
				for (String value : values) {
					update(digest, value);
				}
			});
			return new RequestFingerprint(hex(digest), request);
		}
		if (!readOtherBodies) {
			return new RequestFingerprint(hex(digest), request);
		}
		byte[] body = request.getInputStream().readNBytes(maxBody + 1);
		if (body.length > maxBody) {
			throw new BodyTooLargeException();
		}
		digest.update(body);
		return new RequestFingerprint(hex(digest), new BodyInMemory(request, body));
	}

	private static MediaType mediaType(String contentType) {
		try {
			return (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	private static void update(MessageDigest digest, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		// Each field with its length, so that no two different requests run together.
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private static String sha256Of(InputStream content) throws IOException {
		MessageDigest digest = sha256();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = content.read(buffer)) != -1) {
			digest.update(buffer, 0, read);
		}
		return hex(digest);
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A plain body beyond the limit of what is read into memory. */
	static class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("The request body is larger than allowed");
		}

	}

	/** The request with its body read already. */
	private static final class BodyInMemory extends HttpServletRequestWrapper {

		private final byte[] body;

		BodyInMemory(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream content = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return content.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return content.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return content.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// The body is held in memory, so a non-blocking reader gets all of it
					// at once.
					try {
						if (!isFinished()) {
							listener.onDataAvailable();
						}
						if (isFinished()) {
							listener.onAllDataRead();
						}
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
		}

		private static Charset charset(String encoding) {
			try {
				return (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			}
			catch (IllegalArgumentException unknown) {
				return StandardCharsets.UTF_8;
			}
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
