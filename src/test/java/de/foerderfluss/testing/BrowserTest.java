package de.foerderfluss.testing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.Dimension;

/**
 * Base of the browser tests: the application on a random port and a real headless
 * Chromium per person. Skipped, with a message, where Chromium is not installed;
 * {@code .ci/run} installs it.
 */
@Tag("browser")
public abstract class BrowserTest extends ApiTest {

	private final List<Browser> browsers = new ArrayList<>();

	@BeforeEach
	void requireChromium() {
		Assumptions.assumeTrue(Browser.available(),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
	}

	/**
	 * A signed-in desktop browser that asked for German first: headless Chromium sends
	 * its own Accept-Language whatever {@code --lang} says, so the language is chosen on
	 * the login page as a person would.
	 */
	protected Browser german(String username) {
		Browser browser = anonymousBrowser();
		browser.visit("/login?lang=de");
		browser.signIn(username);
		return browser;
	}

	/** A screenshot of the whole page from its top. */
	protected static void shot(Browser browser, String name) {
		browser.driver().executeScript("window.scrollTo(0, 0);");
		browser.screenshot(name);
	}

	/** The browser resized to a phone's width of 360 px. */
	protected static Browser narrow(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(360, 1000));
		return browser;
	}

	protected Browser anonymousBrowser() {
		Browser browser = Browser.anonymous(this.port);
		this.browsers.add(browser);
		return browser;
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Browser::close);
		this.browsers.clear();
	}

}
