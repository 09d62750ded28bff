package de.foerderfluss.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser session on the pages, without a browser: form login, pages parsed
 * with jsoup, forms submitted with their hidden fields (CSRF token included) the way a
 * browser sends them, redirects followed.
 */
public final class PageSession {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String language = "de";

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	/** Signs in through the login page, like a person does. */
	public static PageSession login(int port, String username) {
		PageSession session = new PageSession(port);
		Page login = session.get("/login");
		Page home = session.submit(login, "form[action$=/login]",
				Map.of("username", username, "password", TestFixtures.PASSWORD));
		assertThat(home.url()).as("login of %s", username).doesNotContain("/login");
		return session;
	}

	/** Asks for English and chooses it with the language switch, as a person does. */
	public PageSession inEnglish() {
		this.language = "en";
		get("/?lang=en");
		return this;
	}

	public Page get(String path) {
		return follow(send(request(path).GET()));
	}

	/**
	 * Fills the form found by the CSS selector with the page's values overridden by the
	 * given ones (a value of {@code null} removes the field, as an unticked checkbox) and
	 * submits it with its method: a filter form as GET with a query, others as POST.
	 */
	public Page submit(Page page, String formSelector, Map<String, String> values) {
		FormElement form = form(page, formSelector);
		Map<String, List<String>> fields = fieldsOf(form);
		values.forEach((name, value) -> {
			if (value == null) {
				fields.remove(name);
			}
			else {
				fields.put(name, List.of(value));
			}
		});
		StringBuilder body = new StringBuilder();
		fields.forEach((name,
				list) -> list.forEach((value) -> body.append(body.isEmpty() ? "" : "&")
					.append(encode(name))
					.append('=')
					.append(encode(value))));
		if ("get".equalsIgnoreCase(form.attr("method"))) {
			return get(actionOf(form, page) + (body.isEmpty() ? "" : "?" + body));
		}
		return follow(send(request(actionOf(form, page)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
	}

	/** Submits a multipart form with one file and the form's other fields. */
	public Page upload(Page page, String formSelector, String fileField, String filename, String contentType,
			byte[] content) {
		FormElement form = form(page, formSelector);
		String boundary = "----foerderfluss" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fieldsOf(form).forEach((name, list) -> list.forEach((value) -> write(body, "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return follow(
				send(request(actionOf(form, page)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
	}

	/** A download as it arrives, without following redirects or parsing. */
	public Api.Response download(String path) {
		HttpResponse<byte[]> response = send(request(path).GET());
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				com.fasterxml.jackson.databind.node.MissingNode.getInstance(), response.body(), response.headers());
	}

	/**
	 * One request as a page of this session would send it, without following redirects: a
	 * POST carries the session's CSRF token and no other field.
	 */
	public Api.Response send(String method, String path) {
		if ("GET".equals(method)) {
			return download(path);
		}
		Element token = get("/login").html().selectFirst("input[name=_csrf]");
		String body = (token != null) ? "_csrf=" + encode(token.val()) : "";
		HttpResponse<byte[]> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				com.fasterxml.jackson.databind.node.MissingNode.getInstance(), response.body(), response.headers());
	}

	private static FormElement form(Page page, String selector) {
		Element element = page.html().selectFirst(selector);
		assertThat(element).as("form %s on %s", selector, page.url()).isNotNull();
		assertThat(element).isInstanceOf(FormElement.class);
		return (FormElement) element;
	}

	private static Map<String, List<String>> fieldsOf(FormElement form) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		form.formData()
			.forEach((field) -> fields.computeIfAbsent(field.key(), (key) -> new ArrayList<>()).add(field.value()));
		return fields;
	}

	private String actionOf(FormElement form, Page page) {
		String action = form.attr("action");
		if (action.isEmpty()) {
			return URI.create(page.url()).getRawPath();
		}
		return action.startsWith("http") ? URI.create(action).getRawPath() : action;
	}

	private Page follow(HttpResponse<byte[]> response) {
		HttpResponse<byte[]> current = response;
		for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
			String location = current.headers().firstValue("Location").orElseThrow();
			URI target = current.uri().resolve(location);
			current = send(
					request(target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : ""))
						.GET());
		}
		String html = new String(current.body(), StandardCharsets.UTF_8);
		return new Page(current.statusCode(), current.uri().toString(), Jsoup.parse(html, current.uri().toString()));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", this.language);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A page as the browser got it, after redirects. */
	public record Page(int status, String url, Document html) {

		/** The visible text of the first element matching the selector, or null. */
		public String text(String selector) {
			Element element = this.html.selectFirst(selector);
			return (element != null) ? element.text() : null;
		}

		/** The texts of all elements matching the selector. */
		public List<String> texts(String selector) {
			return this.html.select(selector).eachText();
		}

		/** The whole visible text of the page. */
		public String text() {
			return this.html.body().text();
		}

		public String path() {
			URI uri = URI.create(this.url);
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}

		/**
		 * The messages next to a field (the error fragment with id
		 * {@code <field>-error}).
		 */
		public String fieldError(String fieldId) {
			Element error = this.html.getElementById(fieldId + "-error");
			return (error != null) ? error.text() : null;
		}

	}

}
