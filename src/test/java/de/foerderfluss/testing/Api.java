package de.foerderfluss.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A client of the REST API over real HTTP, as one person with HTTP Basic or as nobody.
 */
public final class Api {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private final String authorization;

	private String language = "de";

	private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

	private Api(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	public static Api as(int port, String username) {
		return as(port, username, TestFixtures.PASSWORD);
	}

	public static Api as(int port, String username, String password) {
		return new Api("http://localhost:" + port, basic(username, password));
	}

	/** The value of an Authorization header for HTTP Basic. */
	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null);
	}

	public Api inEnglish() {
		this.language = "en";
		return this;
	}

	/** Sends the header with every request from now on. */
	public Api withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		try {
			return postJson(path, JSON.writeValueAsString(body));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Response post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	public Response postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response upload(String path, String filename, String contentType, byte[] content) {
		String boundary = "----foerderfluss" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", this.language);
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		this.headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			JsonNode body = (type.contains("json") && response.body().length > 0) ? JSON.readTree(response.body())
					: MissingNode.getInstance();
			return new Response(response.statusCode(), type, body, response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its JSON body, if it has one. */
	public record Response(int status, String contentType, JsonNode json, byte[] bytes,
			java.net.http.HttpHeaders headers) {

		public String text(String field) {
			return this.json.path(field).asText(null);
		}

		public long id() {
			return this.json.path("id").asLong();
		}

		/** The messages of the problem's field errors for the field. */
		public java.util.List<String> fieldErrors(String field) {
			java.util.List<String> messages = new java.util.ArrayList<>();
			this.json.path("errors").forEach((error) -> {
				if (field.equals(error.path("field").asText())) {
					messages.add(error.path("message").asText());
				}
			});
			return messages;
		}

		@Override
		public String toString() {
			return this.status + " " + new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

}
