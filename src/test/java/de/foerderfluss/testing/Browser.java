package de.foerderfluss.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's real browser: Debian's headless Chromium driven by its chromedriver, with
 * its own cookies. Fields are found by their visible label, buttons and links by their
 * text, as a person finds them. Every lookup waits explicitly, up to ten seconds, for its
 * element; the driver never waits implicitly.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ChromeDriver driver;

	private final String base;

	/** The page a click is leaving, until the next one has arrived. */
	private WebElement leaving;

	private Browser(int port) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--lang=de-DE", "--accept-lang=de-DE,de", "--window-size=1280,1000");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.base = "http://localhost:" + port;
	}

	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	public static Browser anonymous(int port) {
		return new Browser(port);
	}

	public void signIn(String username) {
		visit("/login");
		fill("Benutzername", username);
		fill("Passwort", TestFixtures.PASSWORD);
		press("Anmelden");
		waiting().until((d) -> !path().startsWith("/login"));
	}

	public Browser visit(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	/** Types into the field whose label has the text (the label's {@code for} target). */
	public Browser fill(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Sets a date field (ISO date) whose label has the text. */
	public Browser date(String label, String isoDate) {
		WebElement field = field(label);
		this.driver.executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, isoDate);
		return this;
	}

	public Browser select(String label, String visibleText) {
		new Select(field(label)).selectByVisibleText(visibleText);
		return this;
	}

	/** Ticks or unticks the checkbox, or chooses the radio button, with the label. */
	public Browser check(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	public Browser uncheck(String label) {
		WebElement box = field(label);
		if (box.isSelected()) {
			box.click();
		}
		return this;
	}

	public Browser attach(String label, Path file) {
		field(label).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/**
	 * Clicks the button with exactly this text (the first, if there are several); a
	 * submit button returns once the next page has replaced this one or a confirmation
	 * dialog asks.
	 */
	public Browser press(String text) {
		click(element(By.xpath("//button[normalize-space(.)=" + literal(text) + "] | //input[@type='submit' and @value="
				+ literal(text) + "]")));
		return this;
	}

	/** Clicks the button with the text inside the element matched by the CSS selector. */
	public Browser pressIn(String cssSelector, String text) {
		WebElement scope = element(By.cssSelector(cssSelector));
		click(waiting().until(ExpectedConditions.presenceOfNestedElementLocatedBy(scope,
				By.xpath(".//button[normalize-space(.)=" + literal(text) + "]"))));
		return this;
	}

	/** Accepts the confirmation dialog a button opened and waits for the next page. */
	public Browser confirm() {
		waiting().until((d) -> {
			try {
				d.switchTo().alert().accept();
				return true;
			}
			catch (NoAlertPresentException ex) {
				return false;
			}
		});
		awaitNextPage();
		return this;
	}

	/** Follows the link with exactly this text and waits for the page it leads to. */
	public Browser follow(String linkText) {
		WebElement link = element(By.xpath("//a[normalize-space(.)=" + literal(linkText) + "]"));
		this.leaving = this.driver.findElement(By.tagName("html"));
		link.click();
		awaitNextPage();
		return this;
	}

	private void click(WebElement button) {
		boolean submits = "submit".equals(button.getAttribute("type"));
		this.leaving = this.driver.findElement(By.tagName("html"));
		button.click();
		if (submits) {
			awaitNextPage();
		}
	}

	/**
	 * Waits until the page that was left is gone, unless a dialog is open first: a click
	 * returns before the browser has loaded what the form sent.
	 */
	private void awaitNextPage() {
		WebElement left = this.leaving;
		if (left == null) {
			return;
		}
		waiting().until((d) -> dialogOpen() || gone(left));
		if (!dialogOpen()) {
			this.leaving = null;
		}
	}

	/**
	 * Whether the element's page has been replaced. While the new page is being built,
	 * Chromium may answer that the node belongs to no document: gone, too.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (UnhandledAlertException ex) {
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	private boolean dialogOpen() {
		try {
			this.driver.switchTo().alert();
			return true;
		}
		catch (NoAlertPresentException ex) {
			return false;
		}
	}

	public String path() {
		String url = this.driver.getCurrentUrl();
		return url.substring(this.base.length());
	}

	public String heading() {
		return element(By.tagName("h1")).getText();
	}

	/** The visible text of the page's main content. */
	public String text() {
		return element(By.tagName("main")).getText();
	}

	public String text(String cssSelector) {
		return element(By.cssSelector(cssSelector)).getText();
	}

	/**
	 * The texts of the elements the page has now: none if it has none, without waiting.
	 */
	public List<String> texts(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
	}

	/** Whether the page has such an element now, without waiting for one. */
	public boolean has(String cssSelector) {
		return !this.driver.findElements(By.cssSelector(cssSelector)).isEmpty();
	}

	/** The element, once the page has it. */
	public WebElement element(By locator) {
		return waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Saves the whole page as {@code target/screenshots/<name>.png}, as tall as its
	 * content, captured by Chromium itself so nothing is cut off.
	 */
	public Path screenshot(String name) {
		try {
			Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
			// Captured beyond the viewport the page has no scroll bar and takes the
			// window's
			// whole width.
			double width = Math.max(((Number) content.get("width")).doubleValue(),
					((Number) this.driver.executeScript("return window.innerWidth;")).doubleValue());
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
					Math.min(((Number) content.get("height")).doubleValue(), 8000), "scale", 1);
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
			return target;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private WebElement field(String label) {
		WebElement labelElement = element(By.xpath("//label[normalize-space(.)=" + literal(label)
				+ " or normalize-space(text())=" + literal(label) + "]"));
		String id = labelElement.getAttribute("for");
		assertThat(id).as("label %s has a for attribute", label).isNotBlank();
		return element(By.id(id));
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.driver, WAIT);
	}

	/** An XPath string literal for any text, quotes included. */
	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
